package org.civicportal.update.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a sent update's thanks text names the erased volunteer (then it is emptied, see UpdateErasure). */
class UpdateErasureTest {

    @Test
    void aWordOfTheNameOfThreeLettersOrMoreAppearingWholeNamesThem() {
        assertTrue(UpdateErasure.names("Thank you, Zebulon, the quay shines.", "Zebulon Quixwhistle"));
        assertTrue(UpdateErasure.names("gracias a QUIXWHISTLE", "Zebulon Quixwhistle"));
        assertTrue(UpdateErasure.names("¡Gracias, José!", "José María de la Peña"));
        assertTrue(UpdateErasure.names("Thanks Ann-Marie", "Ann-Marie O’Neil"));
    }

    @Test
    void shortWordsAndWordsInsideOtherWordsDoNotNameThem() {
        assertFalse(UpdateErasure.names("The quay shines thanks to its volunteers.", "Zebulon Quixwhistle"));
        assertFalse(UpdateErasure.names("Gracias de la ciudad", "José María de la Peña"));
        assertFalse(UpdateErasure.names("Annual thanks", "Ann Li"));
        assertFalse(UpdateErasure.names("", "Ann Lee"));
        assertFalse(UpdateErasure.names(null, "Ann Lee"));
    }
}
