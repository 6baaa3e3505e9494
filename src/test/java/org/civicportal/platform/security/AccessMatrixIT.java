package org.civicportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.civicportal.platform.time.Quarter;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.Routes;
import org.civicportal.testing.Routes.Who;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access-control matrix over every route of {@link Routes} (found by scanning, not picked): each route is
 * opened by a visitor, a resident, an official and a staff member; whoever the rules (web.xml, RoleFilter) leave
 * out is refused (visitors are sent to sign in, signed-in people get 403), whoever they let in is not. Then the
 * writes: admin postbacks by a resident or visitor are refused and change nothing, and a resident who swaps in
 * another resident's ids sees and changes nothing of theirs.
 */
class AccessMatrixIT extends PortalIT {

    private static final String RESIDENT = "matrix-resident@example.org";
    private static final String OTHER = "matrix-other@example.org";
    private static final String OFFICIAL = "matrix-official@example.org";
    private static final String STAFF = "matrix-staff@example.org";

    private static final Map<Who, FacesClient> CLIENTS = new EnumMap<>(Who.class);
    private static FacesClient other;

    @BeforeAll
    static void people() throws Exception {
        var base = org.civicportal.testing.PortalDeployment.base();
        CLIENTS.put(Who.VISITOR, new FacesClient(base));
        CLIENTS.put(Who.RESIDENT, new FacesClient(base).signIn(TestAccounts.create(RESIDENT, "Mara Matrix"),
                TestAccounts.PASSWORD));
        CLIENTS.put(Who.OFFICIAL, new FacesClient(base).signIn(TestAccounts.create(OFFICIAL, "Omar Matrix",
                "OFFICIAL"), TestAccounts.PASSWORD));
        CLIENTS.put(Who.STAFF, new FacesClient(base).signIn(TestAccounts.create(STAFF, "Stella Matrix", "STAFF"),
                TestAccounts.PASSWORD));
        other = new FacesClient(base).signIn(TestAccounts.create(OTHER, "Otto Othermatrix"), TestAccounts.PASSWORD);
    }

    private HttpResponse<String> send(FacesClient client, HttpRequest.Builder request) throws Exception {
        return client.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + url));
    }

    private static boolean sentToSignIn(HttpResponse<?> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").contains("/sign-in");
    }

    @Test
    void everyRouteIsRefusedToWhoeverTheRulesLeaveOutAndOpenToTheOthers() throws Exception {
        var samples = Routes.Samples.fromDatabase();
        var wrong = new ArrayList<String>();
        int refusals = 0;
        for (var route : Routes.all()) {
            if (!route.methods().contains("GET")) {
                continue;
            }
            for (var url : route.urls(samples)) {
                for (var who : Who.values()) {
                    var response = send(CLIENTS.get(who), request(url));
                    int status = response.statusCode();
                    var seen = who + " GET " + url + " → " + status + " " + response.headers().firstValue("Location")
                            .orElse("");
                    if (route.mayOpen().contains(who)) {
                        // A made-up token is refused by the page itself (403 "link not valid"), not by a role rule;
                        // a sign-in step without a first step waiting sends back to /sign-in.
                        boolean ownAnswer = route.samples().stream().anyMatch(x -> x.contains("{token}"))
                                && status == 403 || route.isSignInStep() && sentToSignIn(response);
                        if (!ownAnswer && (status == 403 || status >= 500
                                || who != Who.VISITOR && sentToSignIn(response))) {
                            wrong.add("may open but: " + seen);
                        }
                    } else {
                        refusals++;
                        boolean refused = who == Who.VISITOR ? sentToSignIn(response) || status == 403
                                : status == 403;
                        if (!refused) {
                            wrong.add("must be refused but: " + seen);
                        }
                    }
                }
            }
        }
        assertEquals("", String.join("\n", wrong));
        assertTrue(refusals > 60, "every admin route for residents and visitors, /me for visitors: " + refusals);
    }

    @Test
    void adminPostbacksByAResidentOrAVisitorAreRefusedAndChangeNothing() throws Exception {
        var staffPeople = new FacesClient(base).signIn(STAFF, TestAccounts.PASSWORD).get("/admin/people");
        var grant = Pattern.compile("id=\"people:([^\"]*:grant)\"").matcher(staffPeople);
        assertTrue(grant.find(), "the staff page has grant buttons: " + staffPeople);
        var rolesBefore = TestAccounts.query("SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM account_role r "
                + "JOIN account a ON a.id = r.account_id WHERE a.email = ?", RESIDENT);
        // The staff member's own page and view state, posted by the resident: refused before Faces runs.
        var forged = CLIENTS.get(Who.RESIDENT).post("/admin/people", staffPeople, "people", grant.group(1), Map.of());
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("id=\"error-heading\""), "the not-allowed page: " + forged.body());
        assertFalse(forged.body().contains(":grant\""), forged.body());
        var samples = Routes.Samples.fromDatabase();
        var wrong = new ArrayList<String>();
        for (var route : Routes.all()) {
            if (!route.isAdmin() || !route.methods().contains("POST")) {
                continue;
            }
            for (var who : new Who[] {Who.VISITOR, Who.RESIDENT}) {
                var url = route.url(samples);
                var response = send(CLIENTS.get(who), request(url)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("form=form&form%3Asave=&jakarta.faces.ViewState="
                                + "stateless")));
                boolean refused = who == Who.VISITOR ? sentToSignIn(response) || response.statusCode() == 403
                        : response.statusCode() == 403;
                if (!refused) {
                    wrong.add(who + " POST " + url + " → " + response.statusCode());
                }
            }
        }
        assertEquals("", String.join("\n", wrong));
        assertEquals(rolesBefore, TestAccounts.query("SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM account_role r "
                + "JOIN account a ON a.id = r.account_id WHERE a.email = ?", RESIDENT));
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM audit_entry e JOIN account a "
                + "ON a.id = e.actor_account_id WHERE a.email = ?", RESIDENT), "no official or staff action by her");
    }

    @Test
    void anotherResidentsExportCannotBeDownloadedBySwappingTheId() throws Exception {
        var name = UUID.randomUUID().toString().replace("-", "") + ".zip";
        var folder = Path.of(System.getProperty("it.data.dir"), "exports");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0});
        TestAccounts.update("INSERT INTO data_export (account_id, state, language, file_name, size_bytes, "
                + "requested_at, ready_at, expires_at) SELECT id, 'READY', 'en', ?, 22, UTC_TIMESTAMP(6), "
                + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 7 DAY FROM account WHERE email = ?", name, RESIDENT);
        var id = TestAccounts.query("SELECT id FROM data_export WHERE file_name = ?", name);
        var url = Routes.all().stream().filter(r -> r.path().equals("/me/data/download")).findFirst().orElseThrow()
                .url(Routes.Samples.fromDatabase().with("export", id));
        var own = CLIENTS.get(Who.RESIDENT).http().send(request(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, own.statusCode(), "her own export");
        assertEquals(22, own.body().length);
        var swapped = other.http().send(request(url).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, swapped.statusCode(), "another resident with her export's id");
        assertFalse(swapped.body().startsWith("PK"));
        assertFalse(other.get("/me/data").contains(url.substring(1)), "his page offers no link to hers");
        assertTrue(sentToSignIn(send(CLIENTS.get(Who.VISITOR), request(url))));
    }

    @Test
    void anotherResidentsSignUpsThanksPreferencesAndLedgerStayHers() throws Exception {
        var task = TestAccounts.query("SELECT MIN(id) FROM task");
        TestAccounts.update("INSERT INTO signup (task_id, account_id, status, created_at, attendance, hours, "
                + "recorded_at, thanks, thanks_public, thanked_at) SELECT ?, id, 'CONFIRMED', UTC_TIMESTAMP(6), "
                + "'ATTENDED', 2.5, UTC_TIMESTAMP(6), 'Mara carried every crate', FALSE, UTC_TIMESTAMP(6) "
                + "FROM account WHERE email = ?", task, RESIDENT);
        var signup = TestAccounts.query("SELECT s.id FROM signup s JOIN account a ON a.id = s.account_id "
                + "WHERE a.email = ? AND s.task_id = ?", RESIDENT, task);
        var accountId = TestAccounts.query("SELECT id FROM account WHERE email = ?", RESIDENT);
        assertTrue(CLIENTS.get(Who.RESIDENT).get("/me/volunteering").contains("Mara carried every crate"),
                "her page shows her thanks");
        for (var path : new String[] {"/me/volunteering?id=" + signup, "/me/volunteering?signup=" + signup,
                "/me?id=" + accountId, "/me?account=" + accountId, "/me/reciprocity?id=" + accountId,
                "/me/reciprocity?account=" + accountId, "/me/data?id=" + accountId}) {
            var page = other.get(path);
            assertFalse(page.contains("Mara carried every crate"), path);
            assertFalse(page.contains(RESIDENT), path + " shows her email");
            assertFalse(page.contains("Mara Matrix"), path + " shows her name");
        }
        // Her thanks' show button, pressed on his own page with her sign-up id typed in: nothing of hers changes.
        var response = send(other, request("/me/volunteering").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "consent=consent&consent%3Aitems%3A0%3Ashow=&signup=" + signup)));
        assertTrue(response.statusCode() < 500, "status " + response.statusCode());
        assertEquals("0", TestAccounts.query("SELECT thanks_public FROM signup WHERE id = ?", signup));
    }

    @Test
    void anotherResidentsForumAnswerIsNeitherOpenedNorChangedBySwappingItsId() throws Exception {
        var current = Quarter.of(Instant.now(), ZoneId.systemDefault());
        var page = "/forums/" + current;
        var quarter = current.code();
        assertEquals(302, CLIENTS.get(Who.RESIDENT).post(page, "answer", "save",
                Map.of("unreturned", "Mara's matrix answer")).statusCode());
        var id = TestAccounts.query("SELECT f.id FROM forum_answer f JOIN account a ON a.id = f.account_id "
                + "WHERE a.email = ? AND f.quarter = ?", RESIDENT, quarter);
        var row = "SELECT CONCAT_WS('|', account_id, unreturned, unreciprocated, rebalance, updated_at, version, "
                + "hidden) FROM forum_answer WHERE id = ?";
        var before = TestAccounts.query(row, id);
        // The answer form is always one's own (the server takes the signed-in account, no id travels): with her
        // answer's id in the address his form is still his, empty, and saving it with her id beside the fields
        // writes his own answer.
        var swapped = page + "?answer=" + id + "&id=" + id;
        var html = other.get(swapped);
        var form = Pattern.compile("<textarea id=\"answer:unreturned\"[^>]*>([^<]*)</textarea>").matcher(html);
        assertTrue(form.find(), "his answer form:\n" + html);
        assertEquals("", form.group(1).strip(), "his form is not filled with her answer");
        var saved = other.post(swapped, html, "answer", "save", Map.of("unreturned", "Otto's matrix answer",
                "id", id, "answer", id));
        assertEquals(302, saved.statusCode(), "his own answer is saved");
        assertEquals(before, TestAccounts.query(row, id), "nothing of her answer changed");
        assertEquals("Otto's matrix answer", TestAccounts.query("SELECT f.unreturned FROM forum_answer f JOIN account a "
                + "ON a.id = f.account_id WHERE a.email = ? AND f.quarter = ?", OTHER, quarter));
    }
}
