package org.civicportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.junit.jupiter.api.Test;

/**
 * SQL metacharacters in every search and filter a visitor, resident or staff can send answer a normal page (200,
 * or a 4xx with a message), never a 500 or a database error; CR/LF typed into a value that ends up in a mail
 * header never starts a header of its own.
 */
class InjectionIT extends PortalIT {

    /** Quote, double quote, backslash, LIKE wildcards, comment starts, statement end, NUL, and a classic. */
    private static final List<String> METACHARACTERS = List.of("'", "\"", "\\", "%", "_", "--", ";", "/*", "\u0000",
            "' OR '1'='1", "1; DROP TABLE input; --", "%_%\\", "x' UNION SELECT password_hash FROM account -- ");

    /** Words only a database error shows. */
    private static final List<String> SQL_ERRORS = List.of("sqlexception", "sql syntax", "mariadb", "jdbc",
            "eclipselink", "persistenceexception", "stack trace", "querysyntax");

    @Test
    void sqlMetacharactersInEverySearchAndFilterAnswerNormally() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var staff = new FacesClient(base).signIn(
                TestAccounts.create("inject.staff." + tag + "@example.org", "Ivo Staff", "STAFF"), TestAccounts.PASSWORD);
        var official = new FacesClient(base).signIn(
                TestAccounts.create("inject.official." + tag + "@example.org", "Ida Official", "OFFICIAL"),
                TestAccounts.PASSWORD);
        var visitor = HttpClient.newHttpClient();
        var visitorUrls = List.of("/inputs?q=%s", "/inputs?status=%s&topic=%s&district=%s&sort=%s", "/chains?district=%s",
                "/tasks?district=%s&skill=%s", "/updates?before=%s", "/updates/%s", "/forums/%s",
                "/api/v1/inputs?q=%s", "/api/v1/inputs?status=%s&sort=%s&after=%s", "/api/v1/decisions?status=%s&after=%s",
                "/api/v1/tasks?skill=%s&after=%s", "/api/v1/forums/%s");
        var officialUrls = List.of("/admin/inputs?q=%s", "/admin/decisions?q=%s", "/admin/tasks?q=%s");
        var staffUrls = List.of("/admin/outbox?state=%s&template=%s&to=%s",
                "/admin/audit?actor=%s&action=%s&target=%s&targetId=%s&from=%s&to=%s", "/admin/moderation?q=%s",
                "/admin/audit.csv?actor=%s&targetId=%s", "/admin/mailbox?to=%s");
        int checked = 0;
        for (var value : METACHARACTERS) {
            var encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            for (var url : visitorUrls) {
                check(visitor, url, encoded);
                checked++;
            }
            for (var url : officialUrls) {
                check(official.http(), url, encoded);
                checked++;
            }
            for (var url : staffUrls) {
                check(staff.http(), url, encoded);
                checked++;
            }
        }
        assertEquals(METACHARACTERS.size() * 20, checked);

        // A search whose text is wrapped in metacharacters (and full-text operators) still finds the input.
        var word = "kerbz" + tag.replaceAll("[^a-f]", "");
        var author = TestAccounts.create("inject.author." + tag + "@example.org", "Ines Author");
        TestInputs.create(author, "Lower the kerb " + word + " at the quay", "SUBMITTED");
        for (var around : List.of("'%s\"", "%s' OR '1'='1", "\\%s--", "%s*) /*", "+%s -\"")) {
            var q = URLEncoder.encode(around.replace("%s", word), StandardCharsets.UTF_8);
            check(visitor, "/inputs?q=" + q, "");
            var found = new FacesClient(base).get("/api/v1/inputs?q=" + q);
            assertTrue(found.contains(word), around + " finds the input: " + found);
        }
    }

    @Test
    void lineBreaksTypedIntoATitleNeverReachAMailHeader() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var residentEmail = TestAccounts.create("inject.crlf." + tag + "@example.org", "Carl Crlf");
        var resident = new FacesClient(base).signIn(residentEmail, TestAccounts.PASSWORD);
        var injected = tag + " Bench\r\nBcc: evil." + tag + "@example.org\r\nX-Injected: yes\nSubject: free";
        assertEquals(302, resident.submit("/inputs/new", "input", "submit", Map.of("title", injected,
                "body", "A bench by the river, please.", "topic", TestAccounts.query("SELECT id FROM topic WHERE code = 'parks'"),
                "district", TestAccounts.query("SELECT id FROM district WHERE code = 'river'"), "place", "", "website", "")));
        var stored = TestAccounts.query("SELECT i.title FROM input i JOIN account a ON a.id = i.author_id WHERE a.email = ?",
                residentEmail);
        assertFalse(stored.contains("\r") || stored.contains("\n"), "a one-line field keeps no line break: " + stored);
        var official = new FacesClient(base).signIn(
                TestAccounts.create("inject.answerer." + tag + "@example.org", "Abe Answerer", "OFFICIAL"),
                TestAccounts.PASSWORD);
        assertEquals(302, official.postFirst("/admin/inputs?q=" + tag, "queue", "items:0:answer",
                Map.of("items:0:text", "Thanks,\r\nBcc: evil." + tag + "@example.org\r\n\r\nwe will.")).statusCode());

        var mail = Mailbox.await(residentEmail, 1);
        var headers = Collections.list(mail.getAllHeaderLines());
        for (var line : headers) {
            var name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT) : "";
            assertFalse(name.equals("bcc") || name.equals("x-injected"), "an injected header: " + line);
        }
        assertEquals(1, mail.getHeader("Subject").length, "one Subject header");
        assertTrue(mail.getSubject().contains(tag + " Bench Bcc:"), "the line breaks became spaces: " + mail.getSubject());
        assertEquals(List.of(), Mailbox.to("evil." + tag + "@example.org"), "no copy to the injected address");
    }

    private void check(HttpClient client, String template, String encoded) throws Exception {
        var path = template.replace("%s", encoded);
        var response = client.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        assertTrue(status < 500, path + " answered " + status + ":\n" + response.body());
        var body = response.body().toLowerCase(Locale.ROOT);
        for (var error : SQL_ERRORS) {
            assertFalse(body.contains(error), path + " shows a database error (" + error + "):\n" + response.body());
        }
    }
}
