package org.civicportal.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.security.RoleFilter;
import org.civicportal.platform.web.CleanUrlFilter;
import org.w3c.dom.Element;

/**
 * Every route of the portal, found rather than listed: each page under src/main/webapp (outside WEB-INF), each
 * {@code @WebServlet} and JAX-RS {@code @Path} of the compiled classes and each clean URL of
 * {@link CleanUrlFilter}, with who may open it (web.xml's signed-in areas, then {@link RoleFilter#rules()}, first
 * match wins) and sample URLs. The only hand-written part is {@link #SAMPLES}: a route missing there (a new page),
 * a sample for a route that no longer exists, or a sample that does not fit its route makes {@link #all()} fail,
 * naming it, so a new page is covered by every test that walks the list without anyone remembering it.
 * <p>Samples are URL templates with placeholders ({@code {input}}, {@code {task}}…) that {@link Samples} fills.
 */
public final class Routes {

    /** Who opens a route: a visitor, or a signed-in person with these roles (every account is a RESIDENT). */
    public enum Who {
        VISITOR(EnumSet.noneOf(Role.class)),
        RESIDENT(EnumSet.of(Role.RESIDENT)),
        OFFICIAL(EnumSet.of(Role.RESIDENT, Role.OFFICIAL)),
        STAFF(EnumSet.of(Role.RESIDENT, Role.STAFF));

        private final Set<Role> roles;

        Who(Set<Role> roles) {
            this.roles = roles;
        }

        public Set<Role> roles() {
            return roles;
        }
    }

    /** Where a route was found. */
    public enum Source {
        /** A Faces page (src/main/webapp/x.xhtml, served as /x). */
        PAGE,
        /** A clean URL of CleanUrlFilter, forwarded to a page or servlet. */
        CLEAN,
        /** An {@code @WebServlet}. */
        SERVLET,
        /** A JAX-RS resource under the {@code @ApplicationPath}. */
        API
    }

    /**
     * One route. {@code path} is as found ("/input", "/photos/*", "/api/v1/inputs/{id}", "/inputs/(\d{1,18})");
     * {@code methods} are the HTTP methods it answers (pages: GET and the Faces postback POST).
     */
    public record Route(String path, Source source, Set<Who> mayOpen, Set<String> methods, List<String> samples) {

        public boolean isAdmin() {
            return path.startsWith("/admin");
        }

        /** Visitors may open it. */
        public boolean isPublic() {
            return mayOpen.contains(Who.VISITOR);
        }

        /** A page a person sees in a browser (a Faces page or a clean URL of one). */
        public boolean isPage() {
            return source == Source.PAGE || source == Source.CLEAN && !path.endsWith(".ics");
        }

        /** The sample URLs (relative to the portal's root, starting with "/") with the placeholders filled. */
        public List<String> urls(Samples values) {
            return samples.stream().map(values::fill).toList();
        }

        /** The first sample URL, filled. */
        public String url(Samples values) {
            return urls(values).get(0);
        }
    }

    /**
     * The sample URLs of every route, keyed by the route's path as found. A new page, servlet, API resource or
     * clean URL fails {@link #all()} until it has an entry here (with {@code ""} parameters if it takes none).
     */
    static final Map<String, List<String>> SAMPLES = samples(
            "/index", "/",
            "/chains", "/chains|/chains?district=1&topic=1&status=PLANNED&page=2",
            "/decision", "/decision?id={decision}",
            "/forgot-password", "/forgot-password",
            "/forum", "/forum?quarter={quarter}",
            "/forums", "/forums",
            "/input", "/input?id={input}",
            "/inputs", "/inputs|/inputs?status=SUBMITTED&topic=1&district=1&q=park&sort=SUPPORT&page=2",
            "/inputs/new", "/inputs/new",
            "/me", "/me",
            "/me/data", "/me/data",
            "/me/delete", "/me/delete",
            "/me/reciprocity", "/me/reciprocity",
            "/me/volunteering", "/me/volunteering",
            "/register", "/register",
            "/reset-password", "/reset-password?token={token}",
            "/sign-in", "/sign-in|/sign-in?next=/me",
            "/sign-in/code", "/sign-in/code?next=/me",
            "/sign-in/enrol", "/sign-in/enrol?next=/me",
            "/sign-in/recovery-codes", "/sign-in/recovery-codes?next=/me",
            "/task", "/task?id={task}",
            "/tasks", "/tasks|/tasks?district=1&skill=gardening&from=2026-01-01&places=true&page=2",
            "/unsubscribe", "/unsubscribe?token={token}",
            "/update", "/update?month={month}",
            "/updates", "/updates",
            "/verify", "/verify?token={token}",
            "/admin/index", "/admin/index",
            "/admin/audit", "/admin/audit",
            "/admin/commitments", "/admin/commitments",
            "/admin/decision", "/admin/decision?id={decision}|/admin/decision",
            "/admin/decisions", "/admin/decisions|/admin/decisions?district=1&topic=1&status=PLANNED&page=2",
            "/admin/forum", "/admin/forum?quarter={quarter}",
            "/admin/forums", "/admin/forums",
            "/admin/inputs", "/admin/inputs|/admin/inputs?status=SUBMITTED&topic=1&district=1&q=park&sort=SUPPORT&page=2",
            "/admin/ledger", "/admin/ledger",
            "/admin/mailbox", "/admin/mailbox",
            "/admin/moderation", "/admin/moderation",
            "/admin/outbox", "/admin/outbox|/admin/outbox?state=SENT&template=x&to=a@example.org",
            "/admin/people", "/admin/people",
            "/admin/roster", "/admin/roster?id={task}",
            "/admin/task", "/admin/task?id={task}|/admin/task?decision={decision}",
            "/admin/tasks", "/admin/tasks",
            "/admin/update", "/admin/update?id={update}",
            "/admin/updates", "/admin/updates",
            "/admin/vitality", "/admin/vitality|/admin/vitality?quarter={quarter}",
            // servlets
            "/admin/sessions", "/admin/sessions",
            "/admin/audit.csv", "/admin/audit.csv",
            "/health", "/health",
            "/language", "/language?to=es&back=/",
            "/feeds/updates.atom", "/feeds/updates.atom",
            "/feeds/chains.atom", "/feeds/chains.atom",
            "/sign-in/recovery-codes.txt", "/sign-in/recovery-codes.txt",
            "/me/data/download", "/me/data/download?id={export}",
            "/tasks.ics", "/tasks.ics",
            "/task-calendar", "/task-calendar?id={task}",
            "/photos/*", "/photos/{photo}",
            // the open-data API
            "/api/v1/inputs", "/api/v1/inputs|/api/v1/inputs?status=SUBMITTED&q=park&size=5",
            "/api/v1/inputs/{id}", "/api/v1/inputs/{input}",
            "/api/v1/decisions", "/api/v1/decisions",
            "/api/v1/decisions/{id}", "/api/v1/decisions/{decision}",
            "/api/v1/tasks", "/api/v1/tasks|/api/v1/tasks?placesLeft=true&size=5",
            "/api/v1/forums", "/api/v1/forums",
            "/api/v1/forums/{quarter}", "/api/v1/forums/{quarter}",
            "/api/v1/forums/{quarter}.csv", "/api/v1/forums/{quarter}.csv");

    /** What each placeholder stands for; {@link Samples#fromDatabase()} finds a value for each. */
    public static final Map<String, String> PLACEHOLDERS = Map.of(
            "input", "a visible input's id",
            "decision", "a decision's id",
            "task", "a task's id",
            "quarter", "a quarter with a forum page, e.g. 2026-Q4",
            "month", "a month with a sent update, e.g. 2026-11",
            "update", "a monthly update's id (the staff editor)",
            "photo", "an implementation-update photo's file name",
            "token", "an e-mailed link's token (an unknown one: the page says the link is not valid)",
            "export", "a data export's id");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");

    private Routes() {
    }

    /** Every route, sorted by path; fails naming each route that cannot be classified or given samples. */
    public static List<Route> all() {
        return Scan.ROUTES;
    }

    /** The scan, once per test JVM (loading every compiled class takes a few seconds). */
    private static final class Scan {
        static final List<Route> ROUTES = scan();

        private static List<Route> scan() {
            var problems = new ArrayList<String>();
            var routes = build(found(), SAMPLES, problems);
            if (!problems.isEmpty()) {
                throw new AssertionError("testing/Routes cannot cover every route; fix Routes.SAMPLES:\n  "
                        + String.join("\n  ", problems));
            }
            return List.copyOf(routes);
        }
    }

    /** The routes this person may open. */
    public static List<Route> openableBy(Who who) {
        return all().stream().filter(r -> r.mayOpen().contains(who)).toList();
    }

    /** A route as found, before samples and roles: what the scan of the webapp, the classes and the filter saw. */
    record Found(String path, Source source, Set<String> methods) {
    }

    /** Builds the routes from what was found; every problem (unclassified route, stale or bad sample) is added. */
    static List<Route> build(List<Found> found, Map<String, List<String>> samples, List<String> problems) {
        var signedIn = signedInPatterns();
        var routes = new ArrayList<Route>();
        var seen = new TreeSet<String>();
        for (var f : found) {
            seen.add(f.path());
            var given = samples.get(f.path());
            if (f.source() == Source.CLEAN) {
                given = cleanSamples(f.path(), samples, problems);
            } else if (given == null) {
                problems.add(f.source() + " " + f.path() + ": no samples (add it to Routes.SAMPLES, \"\" parameters "
                        + "if it takes none)");
                continue;
            }
            var matcher = pathPattern(f);
            for (var sample : given) {
                var unknown = PLACEHOLDER.matcher(sample).results().map(m -> m.group(1))
                        .filter(p -> !PLACEHOLDERS.containsKey(p)).toList();
                if (!unknown.isEmpty()) {
                    problems.add(f.path() + ": sample " + sample + " has unknown placeholders " + unknown);
                }
                if (!matcher.matcher(sample.replaceAll("\\?.*", "")).matches()) {
                    problems.add(f.path() + ": sample " + sample + " is not a URL of this route");
                }
            }
            routes.add(new Route(f.path(), f.source(), mayOpen(requestPath(f), signedIn), f.methods(), given));
        }
        samples.keySet().stream().filter(p -> !seen.contains(p))
                .forEach(p -> problems.add(p + ": in Routes.SAMPLES but no such page, servlet or resource"));
        for (var rule : RoleFilter.rules()) {
            if (seen.stream().noneMatch(p -> p.startsWith(rule.pathPrefix()))) {
                problems.add("RoleFilter rule " + rule.pathPrefix() + " covers no route");
            }
        }
        routes.sort(Comparator.comparing(Route::path));
        return routes;
    }

    /** A clean URL's samples: its target's samples with the id put in the path (/input?id={input} → /inputs/{input}). */
    private static List<String> cleanSamples(String regex, Map<String, List<String>> samples, List<String> problems) {
        var route = CleanUrlFilter.routes().stream().filter(r -> r.path().pattern().equals(regex)).findFirst()
                .orElseThrow();
        var view = route.view();
        var target = view.substring(0, view.indexOf('?'));
        var parameter = view.substring(view.indexOf('?') + 1, view.length() - 1);
        var targetSamples = samples.get(target);
        var value = targetSamples == null ? null : targetSamples.stream()
                .map(s -> Pattern.compile("[?&]" + Pattern.quote(parameter) + "=([^&]*)").matcher(s))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null);
        if (value == null) {
            problems.add("CLEAN " + regex + ": its page " + target + " has no sample with " + parameter + "=");
            return List.of();
        }
        var group = Pattern.compile("\\([^)]*\\)").matcher(regex);
        var path = group.replaceFirst(Matcher.quoteReplacement(value)).replace("\\.", ".");
        return List.of(path);
    }

    /** The path the container sees for RoleFilter and web.xml (a clean URL: its own path, not its target's). */
    private static String requestPath(Found f) {
        return switch (f.source()) {
            case CLEAN -> f.path().replaceAll("\\([^)]*\\)", "1").replace("\\.", ".");
            case SERVLET -> f.path().replace("/*", "/x");
            case API -> TEMPLATE.matcher(f.path()).replaceAll("x");
            case PAGE -> f.path();
        };
    }

    private static Pattern pathPattern(Found f) {
        return switch (f.source()) {
            case CLEAN -> Pattern.compile(PLACEHOLDER.matcher(Pattern.compile("\\([^)]*\\)").matcher(f.path())
                    .replaceAll("[^/]+")).replaceAll("[^/]+"));
            case SERVLET -> Pattern.compile(Pattern.quote(f.path()).replace("/*", "/\\E[^/]+\\Q"));
            case API -> Pattern.compile(Stream.of(TEMPLATE.split(f.path(), -1)).map(Pattern::quote)
                    .collect(Collectors.joining("[^/]+")));
            case PAGE -> Pattern.compile(f.path().equals("/index") ? "/|/index" : Pattern.quote(f.path()));
        };
    }

    private static Set<Who> mayOpen(String path, List<String> signedInPatterns) {
        var rule = RoleFilter.rules().stream().filter(r -> path.startsWith(r.pathPrefix())).findFirst();
        if (rule.isPresent()) {
            var needed = rule.get().anyOf();
            return Stream.of(Who.values()).filter(w -> w.roles().stream().anyMatch(needed::contains))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Who.class)));
        }
        boolean signIn = signedInPatterns.stream().anyMatch(p -> servletPatternMatches(p, path));
        return signIn ? EnumSet.of(Who.RESIDENT, Who.OFFICIAL, Who.STAFF) : EnumSet.allOf(Who.class);
    }

    private static boolean servletPatternMatches(String pattern, String path) {
        if (pattern.endsWith("/*")) {
            var prefix = pattern.substring(0, pattern.length() - 2);
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
        if (pattern.startsWith("*.")) {
            return path.endsWith(pattern.substring(1));
        }
        return path.equals(pattern);
    }

    /** web.xml's url-patterns whose auth-constraint names a role (** is any signed-in person). */
    private static List<String> signedInPatterns() {
        try {
            var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(webapp().resolve("WEB-INF/web.xml").toFile());
            var patterns = new ArrayList<String>();
            var constraints = document.getElementsByTagName("security-constraint");
            for (int i = 0; i < constraints.getLength(); i++) {
                var constraint = (Element) constraints.item(i);
                var auth = constraint.getElementsByTagName("auth-constraint");
                if (auth.getLength() == 0 || ((Element) auth.item(0)).getElementsByTagName("role-name").getLength() == 0) {
                    continue;
                }
                var urls = constraint.getElementsByTagName("url-pattern");
                for (int j = 0; j < urls.getLength(); j++) {
                    patterns.add(urls.item(j).getTextContent().trim());
                }
            }
            return patterns;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read web.xml's security constraints", e);
        }
    }

    /** Everything the scans find: pages, servlets, API resources, clean URLs. */
    static List<Found> found() {
        var found = new ArrayList<Found>();
        found.addAll(pages());
        var classes = classes();
        for (var type : classes) {
            var servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                var methods = servletMethods(type);
                for (var pattern : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
                    found.add(new Found(pattern, Source.SERVLET, methods));
                }
            }
        }
        found.addAll(resources(classes));
        for (var route : CleanUrlFilter.routes()) {
            // the methods of the page or servlet it forwards to
            var target = route.view().substring(0, route.view().indexOf('?'));
            var methods = found.stream().filter(f -> f.path().equals(target)).findFirst().map(Found::methods)
                    .orElse(Set.of("GET"));
            found.add(new Found(route.path().pattern(), Source.CLEAN, methods));
        }
        return found;
    }

    private static List<Found> pages() {
        var root = webapp();
        try (var files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .map(p -> new Found(p.substring(0, p.length() - ".xhtml".length()), Source.PAGE,
                            Set.of("GET", "POST")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> servletMethods(Class<?> type) {
        var methods = new TreeSet<String>();
        for (Class<?> c = type; c != null && c != HttpServlet.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().matches("do(Get|Post|Put|Delete|Patch)")) {
                    methods.add(m.getName().substring(2).toUpperCase());
                }
            }
        }
        return methods;
    }

    private static List<Found> resources(List<Class<?>> classes) {
        var application = classes.stream().map(c -> c.getAnnotation(ApplicationPath.class))
                .filter(a -> a != null).findFirst().map(a -> "/" + a.value().replaceAll("^/|/$", "")).orElse("");
        var byPath = new TreeMap<String, Set<String>>();
        for (var type : classes) {
            var root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                var verbs = Stream.of(m.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(v -> v != null)
                        .map(HttpMethod::value).toList();
                if (verbs.isEmpty()) {
                    continue;
                }
                var sub = m.getAnnotation(Path.class);
                var path = application + "/" + trim(root.value()) + (sub == null ? "" : "/" + trim(sub.value()));
                path = TEMPLATE.matcher(path).replaceAll("{$1}");
                byPath.computeIfAbsent(path, p -> new TreeSet<>()).addAll(verbs);
            }
        }
        return byPath.entrySet().stream().map(e -> new Found(e.getKey(), Source.API, e.getValue())).toList();
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static List<Class<?>> classes() {
        var root = classesDirectory();
        try (var files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/').replace('/', '.')
                            .replaceAll("\\.class$", ""))
                    .filter(n -> !n.endsWith("package-info") && !n.endsWith("module-info"))
                    .sorted().<Class<?>>map(Routes::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Routes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot load " + name + " to look for routes", e);
        }
    }

    /** The compiled portal classes (target/classes). */
    private static java.nio.file.Path classesDirectory() {
        try {
            return java.nio.file.Path.of(RoleFilter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** src/main/webapp of the project (target/classes is two folders below the project). */
    private static java.nio.file.Path webapp() {
        return classesDirectory().getParent().getParent().resolve("src/main/webapp");
    }

    private static Map<String, List<String>> samples(String... pathsAndSamples) {
        var map = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < pathsAndSamples.length; i += 2) {
            map.put(pathsAndSamples[i], List.of(pathsAndSamples[i + 1].split("\\|")));
        }
        return map;
    }

    /** Values for the placeholders of the samples. */
    public static final class Samples {

        private final Map<String, String> values;

        private Samples(Map<String, String> values) {
            this.values = Map.copyOf(values);
        }

        /** These values (every placeholder of a sample that is filled must be here). */
        public static Samples of(Map<String, String> values) {
            return new Samples(values);
        }

        /**
         * Values from the test database (the demo data is there in every run): a visible input, a decision, a
         * task, the newest forum quarter and sent month, an update, a photo (or a name no photo has), an unknown
         * token and an export id.
         */
        public static Samples fromDatabase() {
            var values = new LinkedHashMap<String, String>();
            values.put("input", TestAccounts.query("SELECT MIN(id) FROM input WHERE hidden = FALSE"));
            values.put("decision", TestAccounts.query("SELECT MIN(id) FROM decision"));
            values.put("task", TestAccounts.query("SELECT MIN(id) FROM task"));
            values.put("quarter", TestAccounts.query("SELECT CONCAT(quarter DIV 10, '-Q', quarter MOD 10) "
                    + "FROM forum_event ORDER BY quarter DESC LIMIT 1"));
            values.put("month", TestAccounts.query("SELECT month FROM monthly_update WHERE queued_at IS NOT NULL "
                    + "ORDER BY month DESC LIMIT 1"));
            values.put("update", TestAccounts.query("SELECT MIN(id) FROM monthly_update"));
            var photo = TestAccounts.query("SELECT MIN(file_name) FROM update_photo");
            values.put("photo", photo == null ? "0123456789abcdef.jpg" : photo);
            values.put("token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            var export = TestAccounts.query("SELECT MAX(id) FROM data_export");
            values.put("export", export == null ? "1" : export);
            var missing = values.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
            if (!missing.isEmpty()) {
                throw new AssertionError("No sample value in the test database for " + missing);
            }
            return new Samples(values);
        }

        /** This set with one value replaced (e.g. another resident's export id). */
        public Samples with(String placeholder, String value) {
            var copy = new LinkedHashMap<>(values);
            copy.put(placeholder, value);
            return new Samples(copy);
        }

        public String get(String placeholder) {
            return values.get(placeholder);
        }

        /** The sample with its placeholders filled. */
        public String fill(String sample) {
            return PLACEHOLDER.matcher(sample).replaceAll(m -> {
                var value = values.get(m.group(1));
                if (value == null) {
                    throw new AssertionError("No value for {" + m.group(1) + "} in " + sample);
                }
                return Matcher.quoteReplacement(value);
            });
        }
    }
}
