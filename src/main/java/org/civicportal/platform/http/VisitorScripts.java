package org.civicportal.platform.http;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A visitor's first page weighs what it uses. Scripts come with components when the page is built, rendered or
 * not: the header's sign-out form (for signed-in people only) used to bring jQuery, PrimeFaces' core and its
 * 549 KB components.js to every page. Before a visitor's page renders, the PrimeFaces and OmniFaces scripts no
 * rendered component needs are taken out of the head:
 * <ul>
 * <li>no rendered PrimeFaces component: none of PrimeFaces' scripts (its settings script does nothing without
 * them);</li>
 * <li>only charts: the chart widget lives in chart.js on top of core.js, so components.js and the jQuery
 * plug-ins go;</li>
 * <li>no rendered OmniFaces form: no omnifaces.js.</li>
 * </ul>
 * Signed-in people's pages and postbacks keep everything (their forms need it).
 */
public class VisitorScripts implements SystemEventListener {

    private static final String CHART = "org.primefaces.component.chart.Chart";
    private static final Set<String> NOT_FOR_CHARTS = Set.of("components.js", "jquery/jquery-plugins.js");

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        var context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        if (context.isPostback() || external.getUserPrincipal() != null || external.getSession(false) != null) {
            return;
        }
        var root = context.getViewRoot();
        var used = new HashSet<String>();
        root.visitTree(VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
                (visit, component) -> {
                    var type = component.getClass().getName();
                    if (type.startsWith("org.primefaces.component.") || type.startsWith("org.omnifaces.component.")) {
                        used.add(type);
                    }
                    return VisitResult.ACCEPT;
                });
        boolean primeFaces = used.stream().anyMatch(t -> t.startsWith("org.primefaces."));
        boolean onlyCharts = primeFaces && used.stream().filter(t -> t.startsWith("org.primefaces.")).allMatch(CHART::equals);
        boolean omniForm = used.contains("org.omnifaces.component.input.Form");
        for (var resource : root.getComponentResources(context, "head").toArray(UIComponent[]::new)) {
            var library = String.valueOf(resource.getAttributes().get("library"));
            var name = String.valueOf(resource.getAttributes().get("name"));
            boolean drop = switch (library) {
                case "primefaces" -> name.endsWith(".js") && (!primeFaces || onlyCharts && NOT_FOR_CHARTS.contains(name));
                case "omnifaces" -> name.equals("omnifaces.js") && !omniForm;
                default -> false;
            };
            if (drop) {
                root.removeComponentResource(context, resource, "head");
            }
        }
    }
}
