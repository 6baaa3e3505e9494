package org.civicportal.input.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.civicportal.account.entity.Account;
import org.civicportal.input.entity.Input;
import org.civicportal.input.entity.InputStatus;
import org.civicportal.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** The input lifecycle and the text search, without a container. */
class InputRulesTest {

    private final Instant created = Instant.parse("2026-10-01T09:00:00Z");
    private final Account official = new Account("o@example.org", "Olga", "hash", Language.EN, created);

    @Test
    void aDeclinedInputIsAnsweredAndCannotBeAnsweredTwice() {
        var input = new Input(official, " Title ", "body", "<p>body</p>", null, null, " ", created);
        assertEquals("Title", input.getTitle());
        assertEquals(null, input.getPlace(), "a blank place is no place");
        assertTrue(input.getStatus().awaitsAnswer());
        assertTrue(input.moveTo(InputStatus.UNDER_REVIEW));
        assertFalse(input.moveTo(InputStatus.UNDER_REVIEW), "already under review");
        assertTrue(input.answer(InputStatus.DECLINED, " Not this year. ", official, created.plus(Duration.ofDays(3))));
        assertEquals("Not this year.", input.getAnswer());
        assertFalse(input.getStatus().awaitsAnswer());
        assertEquals(3, input.daysWaiting(Instant.now()), "waiting stops at the answer");
        assertFalse(input.answer(InputStatus.ANSWERED, "Yes after all", official, Instant.now()),
                "a second official cannot overwrite the answer");
        assertFalse(input.moveTo(InputStatus.INCORPORATED), "a declined input is not credited");
    }

    @Test
    void answeredInputsCanBeCreditedLater() {
        assertTrue(InputStatus.ANSWERED.canMoveTo(InputStatus.INCORPORATED));
        assertTrue(InputStatus.SUBMITTED.canMoveTo(InputStatus.INCORPORATED), "crediting answers an unanswered input");
        assertFalse(InputStatus.ANSWERED.canMoveTo(InputStatus.SUBMITTED));
    }

    @Test
    void textSearchRequiresEveryWordAndIgnoresOperators() {
        assertEquals("+bike* +lane*", new InputFilter(null, null, null, "Bike lane").fullTextQuery());
        assertEquals("+calle* +mayor*", new InputFilter(null, null, null, "calle \"mayor\" -- ** @ a").fullTextQuery());
        assertEquals("", new InputFilter(null, null, null, "a b ++").fullTextQuery());
        assertEquals("+árboles*", new InputFilter(null, null, null, "Árboles").fullTextQuery());
        assertEquals("+bike* +lane* +school*", new InputFilter(null, null, null, "bike lane for the school").fullTextQuery(),
                "stopwords are never indexed, so they cannot be required");
    }
}
