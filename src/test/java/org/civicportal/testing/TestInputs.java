package org.civicportal.testing;

/** Inputs created straight in the test database, for tests about what happens to input after it is given. */
public final class TestInputs {

    private TestInputs() {
    }

    /** An input by this author in Riverside about transport, submitted ten days ago, in the given status. */
    public static long create(String authorEmail, String title, String status) {
        boolean answered = !status.equals("SUBMITTED") && !status.equals("UNDER_REVIEW");
        TestAccounts.update("INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, status, "
                + "awaiting, created_at, answered_at, answer) SELECT a.id, ?, ?, ?, "
                + "(SELECT id FROM topic WHERE code = 'transport'), (SELECT id FROM district WHERE code = 'river'), "
                + "?, ?, UTC_TIMESTAMP(6) - INTERVAL 10 DAY, "
                + (answered ? "UTC_TIMESTAMP(6) - INTERVAL 5 DAY, 'We will look at it this year.'" : "NULL, NULL")
                + " FROM account a WHERE a.email = ?", title, "About " + title + ".", "<p>About " + title + ".</p>",
                status, !answered, authorEmail);
        return Long.parseLong(TestAccounts.query("SELECT MAX(id) FROM input WHERE title = ?", title));
    }

    public static void support(long inputId, String supporterEmail) {
        TestAccounts.update("INSERT INTO input_support (input_id, account_id, created_at) SELECT ?, id, UTC_TIMESTAMP(6) "
                + "FROM account WHERE email = ?", inputId, supporterEmail);
        TestAccounts.update("UPDATE input SET support_count = support_count + 1 WHERE id = ?", inputId);
    }
}
