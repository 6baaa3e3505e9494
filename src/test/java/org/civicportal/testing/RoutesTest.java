package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicportal.testing.Routes.Found;
import org.civicportal.testing.Routes.Route;
import org.civicportal.testing.Routes.Source;
import org.civicportal.testing.Routes.Who;
import org.junit.jupiter.api.Test;

/** The route list finds every route, classifies each, and names what it cannot cover. */
class RoutesTest {

    private static Route route(String path) {
        return Routes.all().stream().filter(r -> r.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("No route " + path + " in " + Routes.all()));
    }

    @Test
    void everyRouteIsClassifiedAndHasSamples() {
        var routes = Routes.all();
        var sources = routes.stream().map(Route::source).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Source.class), sources, "pages, servlets, API resources and clean URLs are found");
        assertTrue(routes.stream().allMatch(r -> !r.samples().isEmpty() && !r.mayOpen().isEmpty()), routes.toString());
        // every page file outside WEB-INF is a route
        assertTrue(routes.stream().anyMatch(r -> r.path().equals("/me/delete") && r.source() == Source.PAGE));
        assertTrue(routes.stream().anyMatch(r -> r.path().equals("/api/v1/forums/{quarter}.csv")));
        assertTrue(routes.stream().anyMatch(r -> r.path().equals("/admin/audit.csv") && r.source() == Source.SERVLET));
    }

    @Test
    void rolesComeFromWebXmlAndRoleFilter() {
        assertEquals(EnumSet.allOf(Who.class), route("/inputs").mayOpen());
        assertEquals(EnumSet.of(Who.RESIDENT, Who.OFFICIAL, Who.STAFF), route("/me/reciprocity").mayOpen());
        assertEquals(EnumSet.of(Who.RESIDENT, Who.OFFICIAL, Who.STAFF), route("/me/data/download").mayOpen());
        assertEquals(EnumSet.of(Who.RESIDENT, Who.OFFICIAL, Who.STAFF), route("/inputs/new").mayOpen());
        assertEquals(EnumSet.of(Who.STAFF), route("/admin/people").mayOpen());
        assertEquals(EnumSet.of(Who.STAFF), route("/admin/audit.csv").mayOpen());
        assertEquals(EnumSet.of(Who.STAFF), route("/admin/sessions").mayOpen());
        assertEquals(EnumSet.of(Who.OFFICIAL), route("/admin/inputs").mayOpen());
        assertEquals(EnumSet.of(Who.OFFICIAL, Who.STAFF), route("/admin/index").mayOpen());
        assertTrue(Routes.all().stream().filter(Route::isAdmin)
                .noneMatch(r -> r.mayOpen().contains(Who.VISITOR) || r.mayOpen().contains(Who.RESIDENT)));
    }

    @Test
    void cleanUrlsTakeTheSamplesOfTheirPage() {
        var samples = Routes.Samples.of(Map.of("input", "42", "task", "7", "quarter", "2026-Q4"));
        assertEquals("/inputs/42", route("/inputs/(\\d{1,18})").url(samples));
        assertEquals("/tasks/7.ics", route("/tasks/(\\d{1,18})\\.ics").url(samples));
        assertEquals("/forums/2026-Q4", route("/forums/([0-9A-Za-z-]{1,16})").url(samples));
        assertEquals("/api/v1/inputs/42", route("/api/v1/inputs/{id}").url(samples));
        assertEquals(Set.of("GET"), route("/api/v1/inputs/{id}").methods());
        assertEquals(Set.of("GET"), route("/tasks/(\\d{1,18})\\.ics").methods());
        assertEquals(Set.of("GET", "POST"), route("/inputs/(\\d{1,18})").methods());
    }

    @Test
    void aRouteWithoutSamplesOrAStaleSampleIsNamed() {
        var found = new ArrayList<>(Routes.found());
        found.add(new Found("/brand-new-page", Source.PAGE, Set.of("GET", "POST")));
        var samples = new LinkedHashMap<>(Routes.SAMPLES);
        samples.remove("/tasks.ics");
        samples.put("/gone", List.of("/gone"));
        samples.put("/input", List.of("/input?id={nosuch}"));
        var problems = new ArrayList<String>();
        Routes.build(found, samples, problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("/brand-new-page") && p.contains("no samples")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("/tasks.ics") && p.contains("no samples")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("/gone")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("nosuch")), problems.toString());
        assertFalse(problems.isEmpty());
    }
}
