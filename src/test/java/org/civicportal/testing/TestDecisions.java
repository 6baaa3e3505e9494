package org.civicportal.testing;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Decisions as the tests post them: the editor's fields read back from the database. */
public final class TestDecisions {

    private TestDecisions() {
    }

    /**
     * The fields of /admin/decision's editor as the page posts them for this decision as it is stored, with this
     * summary; one query (the columns are read as text, as the page shows them; an empty optional field is "").
     */
    public static Map<String, String> fields(String id, String summary) {
        try (var connection = TestServers.connect(); var statement = connection.prepareStatement("SELECT title, "
                + "rationale, decided_on, department, topic_id, district_id, impl_status, progress, start_date, "
                + "target_date, budget FROM decision WHERE id = ?")) {
            statement.setString(1, id);
            try (var row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no decision " + id);
                }
                var fields = new HashMap<String, String>();
                fields.put("title", row.getString("title"));
                fields.put("summary", summary);
                fields.put("rationale", row.getString("rationale"));
                fields.put("decided-on", row.getString("decided_on"));
                fields.put("department", row.getString("department"));
                fields.put("topic", row.getString("topic_id"));
                fields.put("district", row.getString("district_id"));
                fields.put("status", row.getString("impl_status"));
                fields.put("progress", row.getString("progress"));
                fields.put("start-date", empty(row.getString("start_date")));
                fields.put("target-date", empty(row.getString("target_date")));
                fields.put("budget", empty(row.getString("budget")));
                return fields;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }
}
