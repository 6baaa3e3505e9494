package org.civicportal.platform;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicportal.testing.Routes;
import org.civicportal.testing.Routes.Source;
import org.civicportal.testing.Routes.Who;
import org.civicportal.testing.TestAccounts;

/**
 * The pages of {@link Routes} shared out between the four kinds of person, for tests that look at every page once:
 * each Faces page is visited by the least privileged person who may open it (its clean URL shows the same page),
 * and the home page by everyone, so the shell of each role is seen too.
 */
final class EveryPage {

    private static final List<Who> LEAST_FIRST = List.of(Who.VISITOR, Who.RESIDENT, Who.OFFICIAL, Who.STAFF);

    private EveryPage() {
    }

    /** The URLs (from "/") each person visits; fails naming a page nobody may open. */
    static Map<Who, List<String>> byWho() {
        var samples = Routes.Samples.fromDatabase();
        var visits = new EnumMap<Who, List<String>>(Who.class);
        for (var who : LEAST_FIRST) {
            visits.put(who, new ArrayList<>(List.of("/")));
        }
        for (var route : Routes.all()) {
            if (route.source() != Source.PAGE) {
                continue;
            }
            var who = LEAST_FIRST.stream().filter(route.mayOpen()::contains).findFirst()
                    .orElseThrow(() -> new AssertionError(route.path() + " may be opened by nobody"));
            var url = route.url(samples);
            if (!visits.get(who).contains(url)) {
                visits.get(who).add(url);
            }
        }
        return visits;
    }

    /** A new account for this person (null for a visitor), with the roles the route list gives them. */
    static String account(Who who, String prefix) {
        if (who == Who.VISITOR) {
            return null;
        }
        var email = prefix + "." + who.name().toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        var extra = who.roles().stream().map(Enum::name).filter(r -> !"RESIDENT".equals(r)).toArray(String[]::new);
        return TestAccounts.create(email, prefix + " " + who.name().toLowerCase(), extra);
    }
}
