package org.civicportal.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.Texts;

/**
 * README.txt of an export, in the person's language: what the archive is, what each file holds and what each
 * of its columns means, and what the portal keeps but leaves out (and why). A file or column without its text
 * in the bundles fails the export, so nothing reaches a person undescribed.
 */
@ApplicationScoped
public class ExportReadme {

    public static final String NAME = "README.txt";
    private static final String PREFIX = "meData.readme.";

    public String text(Language language, Map<ExportFile, List<String>> columns) {
        var text = new StringBuilder();
        text.append(Texts.get(language, PREFIX + "intro")).append("\r\n\r\n");
        for (var file : columns.entrySet()) {
            var base = file.getKey().base();
            text.append(file.getKey().name()).append("\r\n");
            text.append("    ").append(Texts.get(language, PREFIX + base)).append("\r\n");
            for (var column : file.getValue()) {
                text.append("    - ").append(column).append(": ")
                        .append(Texts.get(language, PREFIX + base + "." + column)).append("\r\n");
            }
            text.append("\r\n");
        }
        text.append(NAME).append("\r\n    ").append(Texts.get(language, PREFIX + "self")).append("\r\n\r\n");
        text.append(Texts.get(language, PREFIX + "leftOut")).append("\r\n");
        return text.toString();
    }
}
