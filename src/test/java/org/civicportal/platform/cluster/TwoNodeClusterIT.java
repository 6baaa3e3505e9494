package org.civicportal.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.civicportal.platform.ListeningSockets;
import org.civicportal.testing.Browser;
import org.civicportal.testing.HandPorts;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.SecondFactor;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestServers;
import org.civicportal.testing.TestTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two portal nodes on one machine in cluster mode, started with the built launcher against the test database and
 * mail server, each with its own HTTP port and data folder and one shared photos folder, behind a small front
 * proxy standing in for the sticky load balancer. The grid binds to 127.0.0.2, which Linux routes as loopback,
 * so "only on the configured address" can be checked on one machine. Runs on its own nodes, not PortalIT's.
 */
@ExtendWith(TestServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    private static final String GRID_ADDRESS = "127.0.0.2";
    private static final int REMINDER_INTERVAL_SECONDS = 1;
    /**
     * A signed-in session after 20 pages: the sign-in's few attributes, Weld's and OmniFaces' bean stores (about
     * 12 KB) and at most numberOfLogicalViews (web.xml) server-side Faces views of about 5 KB each. Measured with
     * these pages: 86,250 bytes with Mojarra's default of 15 views, 51,860 to 54,503 with the portal's 8; the
     * bound leaves a fifth for pages growing, and fails if the views kept go back up to 11 or more.
     */
    private static final int MAX_SESSION_BYTES = 64 * 1024;
    private static final Pattern BYTES = Pattern.compile("\"own\":\\{\"bytes\":(\\d+)");

    private final Path root = Path.of("target/it-cluster").toAbsolutePath();
    private PortalNode nodeA;
    private PortalNode nodeB;
    private FrontProxy front;
    private int gridPortA;
    private int gridPortB;

    @BeforeAll
    void startTwoNodes() throws Exception {
        // Below the ephemeral range (HandPorts): a port released there can be taken before the node binds it.
        gridPortA = HandPorts.next(GRID_ADDRESS);
        gridPortB = HandPorts.next(GRID_ADDRESS);
        int httpA = HandPorts.next();
        int httpB = HandPorts.next();
        front = new FrontProxy(httpA);
        deleteRecursively(root);
        var photos = Files.createDirectories(root.resolve("shared-photos"));
        var members = GRID_ADDRESS + ":" + gridPortA + "," + GRID_ADDRESS + ":" + gridPortB;
        nodeA = PortalNode.start("A", httpA, root.resolve("node-a"), environment(members, gridPortA, photos));
        nodeB = PortalNode.start("B", httpB, root.resolve("node-b"), environment(members, gridPortB, photos));
        nodeA.awaitRunning();
        nodeB.awaitRunning();
    }

    /** What failsafe hands every portal (database, SMTP), plus this node's cluster settings. */
    private Map<String, String> environment(String members, int gridPort, Path photos) {
        var env = new HashMap<String, String>();
        env.put("PORTAL_CLUSTER_MEMBERS", members);
        env.put("PORTAL_CLUSTER_NAME", "civic-portal-it");
        env.put("PORTAL_CLUSTER_INTERFACE", GRID_ADDRESS);
        env.put("PORTAL_CLUSTER_PORT", String.valueOf(gridPort));
        env.put("PORTAL_PHOTOS_DIR", photos.toString());
        env.put("PORTAL_EXPORTS_DIR", photos.resolveSibling("exports").toString());
        env.put("PORTAL_BASE_URL", "http://localhost:" + front.port());
        env.put("PORTAL_REMINDER_INTERVAL_SECONDS", String.valueOf(REMINDER_INTERVAL_SECONDS));
        env.put("PORTAL_DEMO_DATA", "false");
        return env;
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (var node : new PortalNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
        if (front != null) {
            front.close();
        }
    }

    @Test
    @Order(1)
    void theGridListensOnTheConfiguredAddressOnly() throws Exception {
        for (var node : new PortalNode[] {nodeA, nodeB}) {
            int gridPort = node == nodeA ? gridPortA : gridPortB;
            var listeners = ListeningSockets.of(ListeningSockets.pidListeningOn(node.httpPort));
            var others = new ArrayList<ListeningSockets.Listener>();
            for (var listener : listeners) {
                if (!(listener.protocol().startsWith("tcp") && listener.port() == node.httpPort)) {
                    others.add(listener);
                }
            }
            // Java listens with IPv6 sockets; 127.0.0.2 then shows as its IPv4-mapped form.
            assertEquals(List.of("tcp " + GRID_ADDRESS + ":" + gridPort), others.stream().map(l -> l.protocol()
                    .substring(0, 3) + " " + l.address().replace("::ffff:", "") + ":" + l.port()).toList(),
                    "node " + node.name + " listens on HTTP and on its grid port at " + GRID_ADDRESS
                            + " and nothing else (no multicast, no wildcard): " + listeners);
            for (var elsewhere : new String[] {"127.0.0.1", "127.0.0.3"}) {
                assertThrows(ConnectException.class, () -> {
                    try (var socket = new Socket()) {
                        socket.connect(new InetSocketAddress(elsewhere, gridPort), 2000);
                    }
                }, "the grid of node " + node.name + " is not reachable at " + elsewhere);
            }
        }
        var grid = "DG Name: civic-portal-it DG Size: 2";
        assertTrue(nodeA.output().contains(grid) || nodeB.output().contains(grid), "the two nodes formed one grid");
    }

    @Test
    @Order(2)
    void aResidentSignedInOnOneNodeContinuesSignedInOnTheOther() throws Exception {
        var resident = TestAccounts.create("two.nodes@example.org", "Tove Twonode");
        front.sendTo(nodeA.httpPort);
        try (var browser = new Browser(new URL("http://localhost:" + front.port() + "/"))) {
            signIn(browser, resident);
            browser.open("/me");
            assertEquals("/me", browser.path(), "signed in on node A");
            var cookie = browser.cookie("JSESSIONID").getValue();

            front.sendTo(nodeB.httpPort);
            browser.open("/me");
            assertEquals("/me", browser.path(), "node B knows the session: no sign-in asked");
            assertTrue(browser.pageText().contains("Tove Twonode"), browser.pageText());
            assertEquals(cookie, browser.cookie("JSESSIONID").getValue(), "the same session, not a new one");
        }
    }

    @Test
    @Order(3)
    void aPhotoUploadedThroughOneNodeIsServedByTheOther() throws Exception {
        var official = TestAccounts.create("two.nodes.official@example.org", "Olle Official", "OFFICIAL");
        var id = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Solar panels%'");
        var png = root.resolve("bench.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(48, 32,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        front.sendTo(nodeA.httpPort);
        try (var browser = new Browser(new URL("http://localhost:" + front.port() + "/"))) {
            signIn(browser, official);
            browser.open("/admin/decision?id=" + id).type("update:text", "A bench at the new stop.");
            browser.driver().findElement(By.cssSelector("#update input[type=file]")).sendKeys(png.toString());
            browser.type("update:caption", "The new bench").submit("update:publish");
            var src = browser.driver().findElement(By.cssSelector("#chain-updates .photos img")).getAttribute("src");
            var path = URI.create(src).getRawPath();
            var onB = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + nodeB.httpPort + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, onB.statusCode(), "node B serves " + path);
            assertArrayEquals(Files.readAllBytes(png), onB.body(), "the very photo uploaded through node A");
        }
    }

    @Test
    @Order(4)
    void aSignedInSessionStaysSmallAfterTwentyPages() throws Exception {
        var staff = TestAccounts.create("two.nodes.staff@example.org", "Siri Staff", "STAFF", "OFFICIAL");
        var pages = List.of("/me", "/admin/inputs", "/admin/people", "/admin/moderation", "/admin/decisions",
                "/admin/tasks", "/inputs/new", "/me/volunteering", "/admin/", "/admin/mailbox");
        front.sendTo(nodeA.httpPort);
        try (var browser = new Browser(new URL("http://localhost:" + front.port() + "/"))) {
            signIn(browser, staff);
            for (int i = 0; i < 20; i++) {
                browser.open(pages.get(i % pages.size()));
                assertEquals(pages.get(i % pages.size()), browser.path());
            }
            browser.open("/admin/sessions");
            var figure = browser.pageText();
            assertTrue(figure.contains("\"unserialisable\":0"), "everything in the session can be replicated: " + figure);
            var matcher = BYTES.matcher(figure);
            assertTrue(matcher.find(), figure);
            long bytes = Long.parseLong(matcher.group(1));
            System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                    "Serialised signed-in session after 20 pages: " + bytes + " bytes");
            assertTrue(bytes < MAX_SESSION_BYTES, "a signed-in session after 20 pages weighs " + bytes
                    + " bytes in the grid, more than " + MAX_SESSION_BYTES);
        }
    }

    @Test
    @Order(5)
    void eachVolunteerGetsOneReminderThoughBothNodesRunTheJob() throws Exception {
        var task = TestTasks.create("Sweep the market square before the fair", 6 * 60, 20);
        var volunteers = new ArrayList<String>();
        for (int i = 1; i <= 8; i++) {
            var email = TestAccounts.create("two.nodes.volunteer" + i + "@example.org", "Volunteer " + i);
            TestTasks.confirm(task, email);
            volunteers.add(email);
        }
        for (var volunteer : volunteers) {
            assertNotNull(Mailbox.await(volunteer, 1));
        }
        // Both nodes look every second: several more rounds of each, and still one reminder per person.
        Thread.sleep(REMINDER_INTERVAL_SECONDS * 5 * 1000L);
        for (var volunteer : volunteers) {
            var reminders = Mailbox.to(volunteer).stream().map(Mailbox::subject)
                    .filter(subject -> subject.contains("Sweep the market square")).toList();
            assertEquals(1, reminders.size(), volunteer + " got " + reminders);
        }
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM signup WHERE task_id = ? AND reminder_sent_at IS NULL",
                task));
    }

    @Test
    @Order(6)
    void aHalfFilledFormSubmitsOnTheOtherNodeAfterTheFirstStops() throws Exception {
        var resident = TestAccounts.create("two.nodes.form@example.org", "Fredrik Form");
        front.sendTo(nodeA.httpPort);
        try (var browser = new Browser(new URL("http://localhost:" + front.port() + "/"))) {
            signIn(browser, resident);
            browser.open("/inputs/new").type("input:title", "A bench at the Harbour Street stop")
                    .select("input:topic", "Transport and streets").select("input:district", "Citywide");

            nodeA.stop();
            front.sendTo(nodeB.httpPort);

            browser.type("input:body", "Older people wait there standing; a bench would help.").submit("input:submit");
            assertTrue(browser.path().matches("/inputs/\\d+"), "the input was published on node B: " + browser.path()
                    + "\n" + browser.pageText());
            assertTrue(browser.pageText().contains("Thank you for your input"));
            assertEquals("A bench at the Harbour Street stop", browser.text(By.id("input-title")));
            browser.open("/me");
            assertEquals("/me", browser.path(), "still signed in, on node B");
        }
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM input WHERE title = ?",
                "A bench at the Harbour Street stop"));
    }

    private static void signIn(Browser browser, String email) {
        browser.open("/sign-in").type("signin:email", email).type("signin:password", TestAccounts.PASSWORD)
                .submit("signin:submit");
        SecondFactor.complete(browser, email);
        assertEquals("/me", browser.path(), "signed in as " + email);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
