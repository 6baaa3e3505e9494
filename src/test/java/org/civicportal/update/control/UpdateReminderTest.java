package org.civicportal.update.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.mail.MailTemplates;
import org.junit.jupiter.api.Test;

/** Issue 12 §6: when staff are reminded to draft the monthly update, and what the reminder says. */
class UpdateReminderTest {

    private static final Set<YearMonth> NONE = Set.of();

    @Test
    void onTheFirstDayTheUpdateAboutTheMonthBeforeIsDue() {
        assertEquals(Optional.of(YearMonth.of(2026, 11)), UpdateReminder.missing(LocalDate.of(2026, 12, 1), NONE::contains));
        assertEquals(Optional.of(YearMonth.of(2026, 12)), UpdateReminder.missing(LocalDate.of(2027, 1, 1), NONE::contains),
                "across the year");
    }

    @Test
    void noReminderOnOtherDays() {
        for (int day = 2; day <= 31; day++) {
            assertEquals(Optional.empty(), UpdateReminder.missing(LocalDate.of(2026, 12, day), NONE::contains));
        }
    }

    @Test
    void anUpdateInAnyStateForThatMonthOrLabelledWithTheCurrentOneCountsAsDrafted() {
        var day = LocalDate.of(2026, 12, 1);
        assertEquals(Optional.empty(), UpdateReminder.missing(day, Set.of(YearMonth.of(2026, 11))::contains));
        assertEquals(Optional.empty(), UpdateReminder.missing(day, Set.of(YearMonth.of(2026, 12))::contains));
        assertEquals(Optional.of(YearMonth.of(2026, 11)),
                UpdateReminder.missing(day, Set.of(YearMonth.of(2026, 10))::contains), "last month's does not count");
    }

    @Test
    void oneKeyPerStaffMemberAndMonth() {
        assertEquals("update-reminder:2026-11:account:7", UpdateReminderJob.key(YearMonth.of(2026, 11), 7));
    }

    @Test
    void theReminderNamesTheMonthInTheStaffMembersLanguage() {
        var templates = new MailTemplates();
        var values = Map.of("name", "Ana <Staff>", "link", "https://portal.example/admin/updates",
                "portalUrl", "https://portal.example");
        var month = YearMonth.of(2026, 11);
        var en = templates.render(UpdateReminderJob.TEMPLATE, Language.EN, "ana@example.org",
                with(values, UpdateMonth.inSentence(month, Language.EN)), UpdateMonth.inSentence(month, Language.EN));
        assertEquals("The update about November 2026 is not drafted yet", en.subject());
        assertTrue(en.text().contains("the update about November 2026 has not been drafted yet"), en.text());
        assertTrue(en.text().contains("https://portal.example/admin/updates"));
        assertTrue(en.html().contains("Hello Ana &lt;Staff&gt;,"), en.html());
        var es = templates.render(UpdateReminderJob.TEMPLATE, Language.ES, "ana@example.org",
                with(values, UpdateMonth.inSentence(month, Language.ES)), UpdateMonth.inSentence(month, Language.ES));
        assertEquals("El boletín de noviembre de 2026 aún no está redactado", es.subject());
        assertTrue(es.text().contains("el boletín de noviembre de 2026"), es.text());
    }

    private static Map<String, Object> with(Map<String, String> values, String month) {
        var all = new java.util.HashMap<String, Object>(values);
        all.put("month", month);
        return all;
    }
}
