package org.civicportal.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.MissingResourceException;
import org.civicportal.platform.i18n.Language;
import org.junit.jupiter.api.Test;

class ExportReadmeTest {

    private final ExportReadme readme = new ExportReadme();

    @Test
    void describesEveryFileAndColumnInThePersonsLanguage() {
        var columns = new LinkedHashMap<ExportFile, List<String>>();
        columns.put(ExportFile.csv("inputs", "SELECT 1"), List.of("input_id", "title"));
        columns.put(ExportFile.json("emails", ExportFile.many("emails", "SELECT 1")), List.of("emails", "subject"));

        var english = readme.text(Language.EN, columns);
        assertTrue(english.contains("inputs.csv\r\n"), english);
        assertTrue(english.contains("- input_id: The number of the input"), english);
        assertTrue(english.contains("emails.json\r\n"), english);
        assertTrue(english.contains("- subject: Its subject"), english);
        assertTrue(english.contains("README.txt"), english);
        assertTrue(english.contains("password hash"), "says what is left out and why: " + english);

        var spanish = readme.text(Language.ES, columns);
        assertTrue(spanish.contains("- input_id: El número de la aportación"), spanish);
    }

    @Test
    void aColumnWithoutItsTextFailsTheExportRatherThanGoUndescribed() {
        var columns = new LinkedHashMap<ExportFile, List<String>>();
        columns.put(ExportFile.csv("inputs", "SELECT 1"), List.of("undescribed_column"));
        assertThrows(MissingResourceException.class, () -> readme.text(Language.EN, columns));
    }

    @Test
    void fileNamesAreTheFeaturesOwnNeverAPath() {
        assertThrows(IllegalArgumentException.class, () -> ExportFile.csv("../inputs", "SELECT 1"));
        assertThrows(IllegalArgumentException.class, () -> new ExportFile("inputs.csv",
                List.of(ExportFile.many("a", "SELECT 1"), ExportFile.many("b", "SELECT 1"))));
    }
}
