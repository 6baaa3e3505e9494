package org.civicportal.platform.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Set;

/**
 * Visitors reading public pages get no HTTP session. These pages have no Faces form for visitors, so their views
 * need no saved state; marking them transient before rendering also keeps PrimeFaces from storing its CSP nonce
 * in a view map, which Mojarra keeps in the session (a session per page view, about 23 KB each). Signed-in
 * people, who have a session anyway and whose forms need their view state, get ordinary views. It runs after
 * Restore View because PrimeFaces asks for the nonce before the page's own tags are applied.
 * A new public page joins by adding its view id here (and having no form for visitors).
 */
public class StatelessPages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private static final Set<String> VIEWS = Set.of("/index.xhtml", "/inputs.xhtml", "/input.xhtml",
            "/chains.xhtml", "/decision.xhtml", "/tasks.xhtml", "/task.xhtml", "/verify.xhtml",
            "/forums.xhtml", "/forum.xhtml", "/updates.xhtml", "/update.xhtml", "/unsubscribe.xhtml");
    private static final String ERROR_PAGES = "/WEB-INF/errors/";

    @Override
    public void afterPhase(PhaseEvent event) {
        var context = event.getFacesContext();
        var root = context.getViewRoot();
        if (root == null || context.isPostback() || context.getExternalContext().getUserPrincipal() != null) {
            return;
        }
        var viewId = root.getViewId();
        if (viewId != null && (VIEWS.contains(viewId) || viewId.startsWith(ERROR_PAGES))) {
            root.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before Restore View
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
