package org.civicportal.testing;

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

    /** A confirmed sign-up, counted in the task's places. */
    public static void confirm(long taskId, String email) {
        TestAccounts.update("INSERT INTO signup (task_id, account_id, status, created_at) SELECT ?, id, 'CONFIRMED', "
                + "UTC_TIMESTAMP(6) - INTERVAL 10 DAY FROM account WHERE email = ?", taskId, email);
        TestAccounts.update("UPDATE task SET confirmed_count = confirmed_count + 1 WHERE id = ?", taskId);
    }
}
