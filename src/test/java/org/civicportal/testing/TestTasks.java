package org.civicportal.testing;

import java.util.UUID;

/** Tasks and sign-ups created straight in the test database, for states a browser cannot reach quickly. */
public final class TestTasks {

    private TestTasks() {
    }

    /**
     * A task on the "Shade trees" demo decision starting this many minutes from now (negative: in the past),
     * lasting two hours.
     */
    public static long create(String title, int startsInMinutes, int capacity) {
        TestAccounts.update("INSERT INTO task (decision_id, title, description, description_html, place, starts_at, "
                + "ends_at, capacity, contact, created_by, created_at) SELECT d.id, ?, 'Bring gloves.', "
                + "'<p>Bring gloves.</p>', 'Eastgate Park gate', UTC_TIMESTAMP(6) + INTERVAL ? MINUTE, "
                + "UTC_TIMESTAMP(6) + INTERVAL ? MINUTE, ?, 'Parks team, 555-0100', d.created_by, "
                + "UTC_TIMESTAMP(6) - INTERVAL 30 DAY FROM decision d WHERE d.title LIKE 'Shade trees%'",
                title, startsInMinutes, startsInMinutes + 120, capacity);
        return Long.parseLong(TestAccounts.query("SELECT MAX(id) FROM task WHERE title = ?", title));
    }

    /**
     * Returns once the portal's reminder job (Reminders, every PORTAL_REMINDER_INTERVAL_SECONDS) has run at least
     * this many whole rounds after the call, so a test can check that those rounds sent nothing more without
     * sleeping for a guessed time. Each round is proven by the reminder for a shift created after the previous
     * proof arrived, which only a later round can queue; one proof more than asked covers the last round's other
     * features, which may still be queuing when its shift reminder arrives.
     */
    public static void awaitReminderRounds(int rounds) {
        for (int i = 0; i <= rounds; i++) {
            var marker = TestAccounts.create("reminder.round." + UUID.randomUUID() + "@example.org", "Round Marker");
            confirm(create("Round marker " + marker, 23 * 60, 1), marker);
            Mailbox.await(marker, 1);
        }
    }

    /** A confirmed sign-up, counted in the task's places. */
    public static void confirm(long taskId, String email) {
        TestAccounts.update("INSERT INTO signup (task_id, account_id, status, created_at) SELECT ?, id, 'CONFIRMED', "
                + "UTC_TIMESTAMP(6) - INTERVAL 10 DAY FROM account WHERE email = ?", taskId, email);
        TestAccounts.update("UPDATE task SET confirmed_count = confirmed_count + 1 WHERE id = ?", taskId);
    }
}
