package org.civicportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.Texts;
import org.junit.jupiter.api.Test;

/** The words a refused text field shows, with numbers written as each language writes them. */
class FormTextsTest {

    @Test
    void aTooLongTextSaysHowLongItIsAndTheLimit() {
        assertEquals("This is 10,000 characters long; the most is 5,000. Please shorten it: everything you wrote is "
                + "still here.", Texts.get(Language.EN, "form.text.tooLong", 10_000, 5_000));
        assertEquals("Tiene 10.000 caracteres; el máximo es 5.000. Acórtelo: todo lo que escribió sigue aquí.",
                Texts.get(Language.ES, "form.text.tooLong", 10_000, 5_000));
    }

    @Test
    void removedControlsAreCountedInWords() {
        assertTrue(Texts.get(Language.EN, "form.text.controlsRemoved", 1).startsWith("We removed an invisible control "
                + "character "));
        assertTrue(Texts.get(Language.EN, "form.text.controlsRemoved", 3).startsWith("We removed 3 invisible control "
                + "characters "));
        assertTrue(Texts.get(Language.ES, "form.text.controlsRemoved", 1).startsWith("Hemos quitado un carácter"));
        assertTrue(Texts.get(Language.ES, "form.text.controlsRemoved", 2).startsWith("Hemos quitado 2 caracteres"));
    }
}
