package org.civicportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.SecondFactor;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestDecisions;
import org.civicportal.testing.TestInputs;
import org.civicportal.testing.TestServers;
import org.civicportal.testing.TestTasks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The audit log as officials, staff and their auditors meet it: each action leaves exactly one entry naming
 * who (account and roles), what (target, ids, changed fields before → after) and from where; /admin/audit and
 * its CSV are staff's only; the CSV is strict RFC 4180 with formulas neutralised; what people typed is
 * escaped on the page and plain data in the CSV; and the portal's own database account cannot change entries.
 */
class AuditIT extends PortalIT {

    private static final String PAYLOAD = "<script>alert('audit')</script><img src=x onerror=alert(1)>";

    @Test
    void officialsAnswersDeclinesEditsAndTasksEachLeaveOneEntry() throws Exception {
        var resident = TestAccounts.create("audit.author@example.org", "Ada Author");
        var officialEmail = TestAccounts.create("audit.official@example.org", "Otto Official", "OFFICIAL");
        var officialId = id(officialEmail);
        var official = new FacesClient(base).signIn(officialEmail, TestAccounts.PASSWORD);

        var answered = TestInputs.create(resident, "Auditquill bench repair", "SUBMITTED");
        assertEquals(302, official.postFirst("/admin/inputs?q=auditquill", "queue", "items:0:answer",
                Map.of("items:0:text", "The bench is repaired next week.")).statusCode());
        var answer = only("input.answer", "input", answered);
        assertEquals(officialId, answer.actor());
        assertEquals("OFFICIAL,RESIDENT", answer.roles());
        assertTrue(answer.address().equals("127.0.0.1") || answer.address().equals("0:0:0:0:0:0:0:1"),
                answer.address());
        assertEquals(answered, answer.details().getJsonNumber("input").longValue());

        var declined = TestInputs.create(resident, "Auditwren skate ramp", "SUBMITTED");
        assertEquals(302, official.postFirst("/admin/inputs?q=auditwren", "queue", "items:0:decline",
                Map.of("items:0:text", "No room for a ramp in this park.")).statusCode());
        assertEquals(officialId, only("input.decline", "input", declined).actor());
        assertEquals(0, count("input.answer", "input", declined), "a decline is not also an answer");

        var decision = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Shade trees%'");
        var summary = TestAccounts.query("SELECT summary FROM decision WHERE id = ?", decision);
        var fields = TestDecisions.fields(decision, summary + " " + PAYLOAD);
        try {
            assertEquals(302, official.post("/admin/decision?id=" + decision, "editor", "save", fields).statusCode());
            var edit = only("decision.edit", "decision", Long.parseLong(decision));
            assertEquals(officialId, edit.actor());
            var change = edit.details().getJsonObject("changes").getJsonObject("summary");
            assertEquals(summary, change.getString("before"));
            assertEquals(summary + " " + PAYLOAD, change.getString("after"));
            assertEquals(1, edit.details().getJsonObject("changes").size(), "only the changed field");

            // Staff read the edit in Spanish: the changed field by its name, what the official typed escaped.
            var reader = new FacesClient(base).signIn(TestAccounts.create("audit.reader@example.org", "Rita Reader",
                    "STAFF"), TestAccounts.PASSWORD);
            spanish(reader);
            var page = reader.get("/admin/audit?action=decision.edit&target=decision&targetId=" + decision);
            assertFalse(page.contains(PAYLOAD), "never raw HTML");
            assertTrue(page.contains("&lt;script&gt;alert("), "escaped");
            var line = Pattern.compile("<li data-field=\"summary\">\\s*<span class=\"field\">([^<]*)</span>")
                    .matcher(page);
            assertTrue(line.find(), page);
            assertEquals("Resumen", line.group(1), "the field's name in Spanish, not its JSON key");
        } finally {
            official.post("/admin/decision?id=" + decision, "editor", "save", TestDecisions.fields(decision, summary));
        }

        var task = TestTasks.create("Auditmoss litter walk", 60 * 24 * 9, 6);
        TestAccounts.update("UPDATE task SET starts_at = DATE(starts_at) + INTERVAL 10 HOUR, "
                + "ends_at = DATE(starts_at) + INTERVAL 12 HOUR WHERE id = ?", task);
        var taskFields = new HashMap<String, String>();
        taskFields.put("title", "Auditmoss litter walk, longer");
        taskFields.put("description", "Bring gloves.");
        taskFields.put("place", "Eastgate Park gate");
        var startsAt = java.time.LocalDateTime.ofInstant(java.time.Instant.parse(TestAccounts.query(
                "SELECT DATE_FORMAT(starts_at, '%Y-%m-%dT%H:%i:%sZ') FROM task WHERE id = ?", task)),
                java.time.ZoneId.systemDefault());
        taskFields.put("day", startsAt.toLocalDate().toString());
        taskFields.put("start", String.format("%02d:%02d", startsAt.getHour(), startsAt.getMinute()));
        var endsAt = startsAt.plusHours(2);
        taskFields.put("end", String.format("%02d:%02d", endsAt.getHour(), endsAt.getMinute()));
        taskFields.put("capacity", "8");
        taskFields.put("contact", "Parks team, 555-0100");
        var saved = official.post("/admin/task?id=" + task, "task", "save", taskFields);
        assertEquals(302, saved.statusCode(), saved.body());
        var taskEdit = only("task.edit", "task", task);
        var taskChanges = taskEdit.details().getJsonObject("changes");
        assertEquals("Auditmoss litter walk", taskChanges.getJsonObject("title").getString("before"));
        assertEquals("Auditmoss litter walk, longer", taskChanges.getJsonObject("title").getString("after"));
        assertEquals("8", taskChanges.getJsonObject("capacity").getString("after"));
        assertFalse(taskChanges.containsKey("place"), "an unchanged field is not listed: " + taskChanges);

        assertEquals(302, official.post("/admin/task?id=" + task, "cancel", "cancel-task",
                Map.of("reason", "Storm warning.")).statusCode());
        var cancel = only("task.cancel", "task", task);
        assertEquals(officialId, cancel.actor());
        assertEquals("Storm warning.", cancel.details().getJsonObject("changes").getJsonObject("cancelReason")
                .getString("after"));
    }

    @Test
    void officialsTaskCreationHoursAndThanksEachLeaveOneEntry() throws Exception {
        var officialEmail = TestAccounts.create("audit.roster@example.org", "Rosa Roster", "OFFICIAL");
        var official = new FacesClient(base).signIn(officialEmail, TestAccounts.PASSWORD);
        var decision = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Shade trees%'");
        var fields = new HashMap<String, String>();
        fields.put("title", "Auditbirch seedling watering");
        fields.put("description", "Bring a can.");
        fields.put("place", "Eastgate Park");
        fields.put("day", java.time.LocalDate.now().plusDays(12).toString());
        fields.put("start", "10:00");
        fields.put("end", "12:00");
        fields.put("capacity", "4");
        fields.put("contact", "Parks, 555-0100");
        assertEquals(302, official.post("/admin/task?decision=" + decision, "task", "save", fields).statusCode());
        var created = Long.parseLong(TestAccounts.query("SELECT id FROM task WHERE title = ?", fields.get("title")));
        var create = only("task.create", "task", created);
        assertEquals(id(officialEmail), create.actor());
        assertEquals(Long.parseLong(decision), create.details().getJsonNumber("decision").longValue());

        var task = TestTasks.create("Auditbirch past shift", -300, 3);
        var volunteer = TestAccounts.create("audit.volunteer@example.org", "Vic Volunteer");
        TestTasks.confirm(task, volunteer);
        var signup = Long.parseLong(TestAccounts.query("SELECT s.id FROM signup s JOIN account a ON a.id = s.account_id "
                + "WHERE s.task_id = ? AND a.email = ?", task, volunteer));
        var roster = "/admin/roster?id=" + task;
        assertEquals(302, official.post(roster, "signups", "rows:0:record",
                Map.of("rows:0:attended", "ATTENDED", "rows:0:hours", "2.5")).statusCode());
        var hours = only("volunteer.hours", "signup", signup);
        assertEquals(id(officialEmail), hours.actor());
        assertEquals("2.5", hours.details().getJsonNumber("hours").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals(id(volunteer), hours.details().getJsonNumber("volunteer").longValue());
        assertEquals(302, official.post(roster, "signups", "rows:0:send",
                Map.of("rows:0:thanks", "Thank you, Vic.")).statusCode());
        assertEquals(id(officialEmail), only("volunteer.thanks", "signup", signup).actor());
    }

    @Test
    void staffModerationCommitmentsAndRolesEachLeaveOneEntryShownOnTheAuditPage() throws Exception {
        var staffEmail = TestAccounts.create("audit.staff@example.org", "Sam Steward", "STAFF");
        var staffId = id(staffEmail);
        var reported = reportedInput("Auditfern cheap sundials");
        var staff = new FacesClient(base).signIn(staffEmail, TestAccounts.PASSWORD);

        var row = "items:" + moderationRow(staff.get("/admin/moderation"), reported) + ":";
        assertEquals(302, staff.post("/admin/moderation", "moderation", row + "hide",
                Map.of(row + "reason", "Advertising " + PAYLOAD)).statusCode());
        var hide = only("input.hide", "input", reported);
        assertEquals(staffId, hide.actor());
        assertEquals(("Advertising " + PAYLOAD).length(), hide.details().getInt("reasonLength"));
        assertFalse(hide.details().containsKey("reason"), "no free text in the append-only log: " + hide.details());
        assertFalse(TestAccounts.query("SELECT details FROM audit_entry WHERE action = 'input.hide' AND target_id = ?",
                reported).contains("Advertising"), "the reason's text is nowhere in the entry");
        row = "items:" + moderationRow(staff.get("/admin/moderation"), reported) + ":";
        assertEquals(302, staff.post("/admin/moderation", "moderation", row + "restore", Map.of()).statusCode());
        assertEquals(staffId, only("input.restore", "input", reported).actor());

        var key = "test/audit:retry";
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, recipient, language, template, subject, "
                + "text_body, html_body, message_id, state, next_attempt_at, created_at, last_answer) VALUES (?, "
                + "'ACCOUNT', 'audit.retry@example.org', 'en', 'test/outbox', 'Retry me', 'Text', '<p>HTML</p>', "
                + "'<audit.retry@outbox.test>', 'FAILED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), '550 no such user')", key);
        var message = Long.parseLong(TestAccounts.query("SELECT id FROM outbox_message WHERE message_key = ?", key));
        var outbox = staff.get("/admin/outbox?state=FAILED&to=audit.retry%40example.org");
        var form = Pattern.compile("<form id=\"(rows:\\d+:retry)\"").matcher(outbox);
        assertTrue(form.find(outbox.indexOf("data-message=\"" + message + "\"")), outbox);
        var posted = new java.util.LinkedHashMap<String, String>();
        posted.put(form.group(1), form.group(1));
        posted.put("message", String.valueOf(message));
        posted.put(form.group(1) + ":go", "Retry");
        posted.put("jakarta.faces.ViewState", match(outbox, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""));
        posted.put("primefaces.nonce", match(outbox, "PrimeFaces\\.csp\\.init\\('([^']+)'\\)"));
        var body = posted.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        assertEquals(302, staff.http().send(HttpRequest.newBuilder(URI.create(base + "admin/outbox"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        var retried = only("outbox.retry", "outbox_message", message);
        assertEquals(staffId, retried.actor());
        assertEquals("PENDING", retried.details().getString("state"));

        var text = "Auditlark: answer every Northfield input within 30 days";
        assertEquals(302, staff.post("/admin/commitments", "make", "submit", Map.of("text", text, "owner",
                "Northfield office", "due", org.civicportal.platform.time.Quarter.of(java.time.Instant.now(),
                        java.time.ZoneId.systemDefault()).toString())).statusCode());
        var commitment = Long.parseLong(TestAccounts.query("SELECT id FROM commitment WHERE text = ?", text));
        assertEquals(staffId, only("commitment.make", "commitment", commitment).actor());
        var commitments = staff.get("/admin/commitments");
        var rowOf = Pattern.compile("data-commitment=\"(\\d+)\"").matcher(commitments);
        var index = 0;
        while (rowOf.find() && !rowOf.group(1).equals(String.valueOf(commitment))) {
            index++;
        }
        var due = org.civicportal.platform.time.Quarter.of(java.time.Instant.now(), java.time.ZoneId.systemDefault())
                .toString();
        var kept = staff.post("/admin/commitments", commitments, "follow-up", "rows:" + index + ":save",
                Map.of("rows:" + index + ":due", due, "rows:" + index + ":status", "DONE",
                        "rows:" + index + ":outcome", "Every Northfield input answered."));
        assertEquals(302, kept.statusCode(), kept.body());
        var changed = only("commitment.change", "commitment", commitment);
        assertEquals(staffId, changed.actor());
        assertEquals("DONE", changed.details().getString("status"));

        // A role is granted on /admin/people with PrimeFaces' ajax: the journey staff take, in the browser.
        var person = TestAccounts.create("audit.promoted@example.org", "Auditpromo Petra");
        try (var browser = browser()) {
            signIn(browser, staffEmail, TestAccounts.PASSWORD);
            browser.open("/admin/people").type("people:query", "Auditpromo").clickAjax("people:search");
            browser.driver().findElement(By.cssSelector("button[aria-label='Grant Official: Auditpromo Petra']")).click();
            browser.waitFor(By.cssSelector("button[aria-label='Revoke Official: Auditpromo Petra']"));
            var grant = only("role.grant", "account", id(person));
            assertEquals(staffId, grant.actor());
            assertEquals("OFFICIAL", grant.details().getString("role"));
            browser.driver().findElement(By.cssSelector("button[aria-label='Revoke Official: Auditpromo Petra']")).click();
            browser.waitFor(By.cssSelector("button[aria-label='Grant Official: Auditpromo Petra']"));
            var revoke = only("role.revoke", "account", id(person));
            assertEquals(staffId, revoke.actor());
            assertEquals("OFFICIAL", revoke.details().getString("role"));

            browser.open("/admin/audit?target=input&targetId=" + reported);
            var shown = browser.all(By.cssSelector("#audit-entries tbody tr")).stream()
                    .map(r -> r.getAttribute("data-action")).toList();
            assertEquals(java.util.List.of("input.restore", "input.hide"), shown, "newest first, only this input's");
            var details = browser.text(By.cssSelector("#audit-entries tr[data-action='input.hide'] .details"));
            assertFalse(details.contains("Advertising"), "the reason's text is not kept: " + details);
            assertTrue(details.contains("Reason length (characters): " + ("Advertising " + PAYLOAD).length()), details);
            assertTrue(browser.text(By.cssSelector("#audit-entries tr[data-action='input.hide'] .actor"))
                    .contains(staffEmail));
            browser.assertAccessible();
            browser.open("/admin/audit?action=role.grant&actor=" + staffEmail);
            assertEquals(1, browser.all(By.cssSelector("#audit-entries tbody tr")).size());
            browser.assertAccessible();
        }
        spanish(staff);
        var page = staff.get("/admin/audit?action=role.grant&target=account&targetId=" + id(person));
        var role = Pattern.compile("data-field=\"role\"><span class=\"field\">([^<]*)</span>:\\s*"
                + "<span class=\"value\">([^<]*)</span>").matcher(page);
        assertTrue(role.find(), page);
        assertEquals("Rol", role.group(1));
        assertEquals("Cargo público", role.group(2), "a role by its Spanish name, not its code");
        var roles = Pattern.compile("<small class=\"roles\">([^<]*)</small>").matcher(page);
        assertTrue(roles.find(), page);
        assertFalse(roles.group(1).contains("STAFF"), "the actor's roles in Spanish: " + roles.group(1));
    }

    @Test
    void staffResettingAPersonsTwoFactorLeavesOneEntry() throws Exception {
        var official = TestAccounts.create("audit.lostphone@example.org", "Auditlost Lars", "OFFICIAL");
        new FacesClient(base).signIn(official, TestAccounts.PASSWORD); // enrols
        var staffEmail = TestAccounts.create("audit.resetter@example.org", "Auditreset Rhea", "STAFF");
        var staff = new FacesClient(base).signIn(staffEmail, TestAccounts.PASSWORD);
        var found = staff.post("/admin/people", "people", "search", Map.of("query", "audit.lostphone@"));
        assertTrue(found.body().contains(official), found.body());
        var reset = staff.post("/admin/people", found.body(), "people", "people-table:0:reset-two-factor",
                Map.of("query", "audit.lostphone@"));
        assertTrue(reset.body().contains("Two-factor sign-in was reset"), reset.body());
        SecondFactor.forget(base.toString(), official);
        var entry = only("twofactor.reset", "account", id(official));
        assertEquals(id(staffEmail), entry.actor());
        assertEquals(id(official), entry.details().getJsonNumber("account").longValue());
        var page = staff.get("/admin/audit?action=twofactor.reset&actor=" + java.net.URLEncoder.encode(staffEmail, "UTF-8"));
        assertTrue(page.contains("Two-factor sign-in reset"), "the action is offered and named: " + page);
        assertTrue(page.contains("data-action=\"twofactor.reset\""), page);
    }

    @Test
    void aTargetTypeAloneIsReadNewestFirstAlongAnIndex() throws Exception {
        try (var connection = TestServers.connect(); var explain = connection.prepareStatement(
                "EXPLAIN SELECT e.id FROM audit_entry e WHERE 1 = 1 AND e.target_type = ? ORDER BY e.id DESC LIMIT 51")) {
            explain.setString(1, "input");
            try (var rows = explain.executeQuery()) {
                assertTrue(rows.next());
                var plan = rows.getString("possible_keys") + " | " + rows.getString("key") + " | " + rows.getString("Extra");
                assertTrue(String.valueOf(rows.getString("possible_keys")).contains("ix_audit_entry_target_type"), plan);
                assertFalse(String.valueOf(rows.getString("Extra")).contains("filesort"), plan);
            }
        }
    }

    @Test
    void staffForumChangesAndAttendanceEachLeaveOneEntryWithTheChangedFields() throws Exception {
        var quarter = org.civicportal.platform.time.Quarter.of(java.time.Instant.now(), java.time.ZoneId.systemDefault())
                .minus(7);
        TestAccounts.update("INSERT IGNORE INTO forum_event (quarter, starts_at, place, created_by, created_at) SELECT ?, "
                + "?, 'Old Library', id, UTC_TIMESTAMP(6) FROM account WHERE email = ?", quarter.code(),
                quarter.firstDay().plusDays(30) + " 17:00:00", TestAccounts.STAFF);
        var event = Long.parseLong(TestAccounts.query("SELECT id FROM forum_event WHERE quarter = ?", quarter.code()));
        var resident = TestAccounts.create("audit.attendee@example.org", "Aurora Attendee");
        TestAccounts.update("INSERT INTO forum_rsvp (event_id, account_id, going, answered_at) SELECT ?, id, TRUE, "
                + "UTC_TIMESTAMP(6) - INTERVAL 600 DAY FROM account WHERE email = ?", event, resident);
        var staffEmail = TestAccounts.create("audit.forum@example.org", "Fiona Forum", "STAFF");
        var staff = new FacesClient(base).signIn(staffEmail, TestAccounts.PASSWORD);
        var editor = "/admin/forum?quarter=" + quarter;

        var html = staff.get(editor);
        assertEquals(302, staff.post(editor, html, "event", "save", Map.of("day", field(html, "event:day"), "time",
                field(html, "event:time"), "place", "Auditorium " + PAYLOAD, "link", field(html, "event:link"),
                "minutes", "")).statusCode());
        var schedule = only("forum.schedule", "forum", event);
        assertEquals(id(staffEmail), schedule.actor());
        var place = schedule.details().getJsonObject("changes").getJsonObject("place");
        assertEquals("Old Library", place.getString("before"));
        assertEquals("Auditorium " + PAYLOAD, place.getString("after"));
        assertFalse(schedule.details().getJsonObject("changes").containsKey("startsAt"), "the time did not change");

        html = staff.get(editor);
        var rows = Pattern.compile("class=\"card participant-row\" data-account=\"(\\d+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
        var row = "rows:" + rows.indexOf(String.valueOf(id(resident))) + ":";
        assertEquals(302, staff.post(editor, html, "attendance", row + "attended", Map.of()).statusCode());
        var attended = only("forum.attendance", "forum", event);
        assertEquals(id(staffEmail), attended.actor());
        assertEquals(id(resident), attended.details().getJsonNumber("resident").longValue());
        assertEquals(302, staff.post(editor, staff.get(editor), "attendance", row + "not-attended", Map.of())
                .statusCode());
        assertEquals(id(staffEmail), only("forum.attendance.remove", "forum", event).actor());
    }

    @Test
    void theCsvIsStrictRfc4180WithFormulasNeutralisedAndWhatPeopleTypedAsData() throws Exception {
        var formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
        var staffEmail = TestAccounts.create("audit.csv@example.org", formula, "STAFF");
        var staff = new FacesClient(base).signIn(staffEmail, TestAccounts.PASSWORD);
        var reported = reportedInput("Auditcsv parking flyers");
        var reason = "Flyers, \"again\"; =1+2 " + PAYLOAD;
        var row = "items:" + moderationRow(staff.get("/admin/moderation"), reported) + ":";
        assertEquals(302, staff.post("/admin/moderation", "moderation", row + "hide", Map.of(row + "reason", reason))
                .statusCode());

        var response = staff.http().send(HttpRequest.newBuilder(URI.create(base + "admin/audit.csv?actor="
                + java.net.URLEncoder.encode(staffEmail, "UTF-8"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        var body = response.body();
        assertTrue(body.startsWith("\"id\",\"at\",") && body.endsWith("\r\n"), "quoted header, CRLF records");
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(body))) {
            assertEquals(java.util.List.of("id", "at", "actor_id", "actor_name", "actor_email", "actor_roles", "action",
                    "target_type", "target_id", "details", "client_address"), parser.getHeaderNames());
            var records = parser.getRecords();
            assertEquals(1, records.size(), "only this staff member's entry");
            var record = records.get(0);
            assertTrue(record.isConsistent());
            assertEquals("input.hide", record.get("action"));
            assertEquals(String.valueOf(reported), record.get("target_id"));
            assertEquals("'" + formula, record.get("actor_name"), "a formula stays text");
            assertEquals(staffEmail, record.get("actor_email"));
            assertEquals(reason.length(), json(record.get("details")).getInt("reasonLength"),
                    "the reason by its length: no free text in the append-only log");
        }
        // Every cell quoted, one record per line: what people typed can break no record.
        assertEquals(2, body.split("\r\n").length);
        assertTrue(body.lines().allMatch(l -> l.startsWith("\"") && l.endsWith("\"")), body);
    }

    @Test
    void residentsAndVisitorsCannotOpenTheLogOrItsCsv() throws Exception {
        var resident = new FacesClient(base).signIn(TestAccounts.create("audit.nosy@example.org", "Nora Nosy"),
                TestAccounts.PASSWORD);
        var official = new FacesClient(base).signIn(TestAccounts.create("audit.nosy.official@example.org",
                "Olaf Nosy", "OFFICIAL"), TestAccounts.PASSWORD);
        var visitor = HttpClient.newHttpClient();
        for (var path : new String[] {"admin/audit", "admin/audit.csv", "admin/audit?action=role.grant"}) {
            assertEquals(403, status(resident.http(), path), path);
            assertEquals(403, status(official.http(), path), "officials do not read the log: " + path);
            var anonymous = visitor.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertNotEquals(200, anonymous.statusCode(), path);
            assertFalse(anonymous.body().contains("audit-entries"), path);
        }
    }

    @Test
    void thePortalsDatabaseAccountCannotChangeOrDeleteEntries() throws Exception {
        var accounts = TestServers.database().accounts();
        var url = TestServers.database().jdbcUrl();
        TestAccounts.update("INSERT INTO audit_entry (action, target_type, target_id, details) "
                + "VALUES ('role.grant', 'account', -1, '{}')");
        try (var app = DriverManager.getConnection(url, accounts.appUser(), accounts.appPassword());
                var statement = app.createStatement()) {
            try (var rows = statement.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE target_id = -1")) {
                assertTrue(rows.next() && rows.getLong(1) >= 1, "the portal reads entries");
            }
            var update = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE audit_entry SET action = 'forged' WHERE target_id = -1"));
            assertTrue(update.getMessage().contains("denied"), update.getMessage());
            var delete = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "DELETE FROM audit_entry WHERE target_id = -1"));
            assertTrue(delete.getMessage().contains("denied"), delete.getMessage());
            // Every other table keeps its rows writable by the portal.
            statement.executeUpdate("UPDATE account SET display_name = display_name WHERE id = -1");
        }
        // Behind the grants, triggers refuse even the schema's owner (who could only drop them).
        try (var owner = TestServers.connect(); var statement = owner.createStatement()) {
            var refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "DELETE FROM audit_entry WHERE target_id = -1"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertNull(TestAccounts.query("SELECT id FROM audit_entry WHERE action = 'forged'"));
    }

    // --- helpers ---

    private record Entry(long actor, String roles, JsonObject details, String address) {
    }

    /** An input three residents reported (so hidden, on /admin/moderation). */
    private static long reportedInput(String title) {
        var author = TestAccounts.create(title.toLowerCase().replaceAll("[^a-z]", "") + ".author@example.org", "Spencer");
        var input = TestInputs.create(author, title, "SUBMITTED");
        for (var n = 1; n <= 3; n++) {
            var reporter = TestAccounts.create(input + ".reporter" + n + "@example.org", "Reporter " + n);
            TestAccounts.update("INSERT INTO input_report (input_id, account_id, reason, created_at) "
                    + "SELECT ?, id, 'SPAM', UTC_TIMESTAMP(6) FROM account WHERE email = ?", input, reporter);
        }
        TestAccounts.update("UPDATE input SET report_count = 3, hidden = TRUE WHERE id = ?", input);
        return input;
    }

    private static long id(String email) {
        return Long.parseLong(TestAccounts.query("SELECT id FROM account WHERE email = ?", email));
    }

    /** The client reads the portal in Spanish from now on: the header's language switch, as a person uses it. */
    private static void spanish(FacesClient client) throws Exception {
        client.get("/language?to=es&back=%2F");
    }

    private static int count(String action, String type, long target) {
        return Integer.parseInt(TestAccounts.query("SELECT COUNT(*) FROM audit_entry WHERE action = ? "
                + "AND target_type = ? AND target_id = ?", action, type, target));
    }

    /** The one entry of this action on this target; fails when there is none or more than one. */
    private static Entry only(String action, String type, long target) {
        assertEquals(1, count(action, type, target), action + " on " + type + " " + target);
        var where = " FROM audit_entry WHERE action = ? AND target_type = ? AND target_id = ?";
        return new Entry(Long.parseLong(TestAccounts.query("SELECT actor_account_id" + where, action, type, target)),
                TestAccounts.query("SELECT actor_roles" + where, action, type, target),
                json(TestAccounts.query("SELECT details" + where, action, type, target)),
                TestAccounts.query("SELECT client_address" + where, action, type, target));
    }

    /** The value of an input of a page, as typed. */
    private static String field(String html, String id) {
        var input = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertTrue(input.find(), "no input " + id);
        var value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&") : "";
    }

    private static String match(String page, String regex) {
        var found = Pattern.compile(regex).matcher(page);
        assertTrue(found.find(), regex);
        return found.group(1);
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private int status(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The row index of the input on /admin/moderation (most reported first, so not always the first). */
    private static int moderationRow(String page, long inputId) {
        var rows = Pattern.compile("data-input=\"(\\d+)\"").matcher(page);
        for (var index = 0; rows.find(); index++) {
            if (rows.group(1).equals(String.valueOf(inputId))) {
                return index;
            }
        }
        throw new AssertionError("input " + inputId + " is not on /admin/moderation:\n" + page);
    }
}
