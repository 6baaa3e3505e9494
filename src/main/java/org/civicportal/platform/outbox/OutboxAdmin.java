package org.civicportal.platform.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.civicportal.platform.outbox.OutboxCatalog.Page;
import org.civicportal.platform.outbox.OutboxCatalog.Suppressed;
import org.civicportal.platform.persistence.BoundedCount;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.ListTotal;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * /admin/outbox (staff): the messages the portal queued with their state, the server's last answer, attempts
 * and next try, filtered by state, template and recipient, newest first and read on by id; "Retry" for a
 * failed one; and the suppressed addresses. The filters are the query string (GET), so a view can be
 * bookmarked and the retry's redirect comes back to it.
 */
@Named
@RequestScoped
public class OutboxAdmin {

    static final int PAGE = 50;
    static final int SUPPRESSED_SHOWN = 50;

    @Inject
    OutboxCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String state;
    private String template;
    private String to;
    private Long before;
    private Page page;
    private Map<String, BoundedCount> counts;
    private Suppressed suppressedAfter;
    private OutboxCatalog.SuppressedPage suppressed;

    /** The page's own check, besides RoleFilter's: the outbox shows every resident's address. */
    @PostConstruct
    void load() {
        currentUser.require(Role.STAFF);
        var chosen = Faces.getRequestParameter("state");
        state = chosen != null && OutboxCatalog.STATES.contains(chosen) ? chosen : null;
        template = text(Faces.getRequestParameter("template"), 80);
        to = text(Faces.getRequestParameter("to"), 254);
        before = id(Faces.getRequestParameter("before"));
        suppressedAfter = cursor(Faces.getRequestParameter("sbefore"), Faces.getRequestParameter("semail"));
    }

    /** Retries the failed message named by the button's "message" parameter and comes back to the same view. */
    public void retry() {
        currentUser.require(Role.STAFF);
        var id = id(Faces.getRequestParameter("message"));
        var row = id == null ? null : catalog.find(id);
        var retry = row == null ? OutboxCatalog.Retry.NOT_FAILED : catalog.retry(id, currentUser.requireAccountId());
        switch (retry) {
            case QUEUED -> {
                var suppressed = !"ACCOUNT".equals(row.stream()) && catalog.isSuppressed(row.recipient());
                messages.infoAfterRedirect(suppressed ? "outbox.retried.suppressed" : "outbox.retried", row.recipient());
            }
            case HELD -> messages.infoAfterRedirect("outbox.retried.held", row.recipient());
            case CANCELLED -> messages.errorAfterRedirect("outbox.retry.cancelled", row.recipient());
            case NOT_FAILED -> messages.errorAfterRedirect("outbox.retry.notFailed");
        }
        Faces.redirect("admin/outbox?state=%s&template=%s&to=%s" + (before == null ? "" : "&before=" + before),
                state == null ? "" : state, template == null ? "" : template, to == null ? "" : to);
    }

    public Page getPage() {
        if (page == null) {
            page = catalog.list(state, template, to, before, PAGE);
        }
        return page;
    }

    public Map<String, BoundedCount> getCounts() {
        if (counts == null) {
            counts = catalog.counts();
        }
        return counts;
    }

    public Object shown(BoundedCount count) {
        return ListTotal.shown(count, messages);
    }

    public List<String> getStates() {
        return OutboxCatalog.STATES;
    }

    /** The suppressed addresses, with the page's recipient filter, read on by (suppressed_at, email). */
    public List<Suppressed> getSuppressed() {
        return suppressedPage().rows();
    }

    /** The query string that reads on through the suppressed addresses, or null at the end. */
    public String getSuppressedOlder() {
        var after = suppressedPage().after();
        return after == null ? null : "?state=" + enc(state) + "&template=" + enc(template) + "&to=" + enc(to)
                + "&sbefore=" + enc(after.since().toString()) + "&semail=" + enc(after.email()) + "#suppressed-heading";
    }

    private OutboxCatalog.SuppressedPage suppressedPage() {
        if (suppressed == null) {
            suppressed = catalog.suppressed(to, suppressedAfter, SUPPRESSED_SHOWN);
        }
        return suppressed;
    }

    /** A malformed cursor reads from the newest, as if there were none. */
    private static Suppressed cursor(String since, String email) {
        if (since == null || email == null || email.isBlank() || email.length() > 254 || since.length() > 40) {
            return null;
        }
        try {
            return new Suppressed(email, null, java.time.Instant.parse(since));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public Object getSuppressedCount() {
        return ListTotal.shown(catalog.suppressedCount(), messages);
    }

    public String getState() {
        return state;
    }

    public String getTemplate() {
        return template;
    }

    public String getTo() {
        return to;
    }

    /** The query string that reads on from this page, or null at the end. */
    public String getOlder() {
        var next = getPage().before();
        return next == null ? null : "?state=" + enc(state) + "&template=" + enc(template) + "&to=" + enc(to)
                + "&before=" + next;
    }

    private static String enc(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private static Long id(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            return null;
        }
        return Long.parseLong(value);
    }
}
