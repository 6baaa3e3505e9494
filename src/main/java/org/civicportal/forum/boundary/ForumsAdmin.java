package org.civicportal.forum.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.forum.control.ForumCatalog;
import org.civicportal.forum.control.ForumCatalog.AnswerRow;
import org.civicportal.forum.control.ForumCatalog.QuarterForum;
import org.civicportal.forum.control.ForumService;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.text.PlainText;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.FormFields;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /admin/forums: every quarter's forum for staff to schedule or run, and the written participations to review
 * (reported, hidden, or of this quarter), to hide with a reason or restore (as /admin/moderation does for inputs).
 */
@Named
@ViewScoped
public class ForumsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_REASON = 300;
    private static final String DRAFTS = "forumsAdmin.reasons";

    @Inject
    ForumCatalog catalog;

    @Inject
    ForumService forums;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    LocaleSelection locale;

    private final Map<Long, String> reasons = new HashMap<>();
    /** Kept for the life of the view, so a postback finds the same answer at the same row. */
    private List<AnswerRow> reported;
    private transient List<QuarterForum> quarters;

    @PostConstruct
    void load() {
        currentUser.require(Role.STAFF);
        FormFields.restoreDrafts(DRAFTS, reasons);
    }

    public List<QuarterForum> getQuarters() {
        if (quarters == null) {
            quarters = catalog.quarters();
        }
        return quarters;
    }

    public List<AnswerRow> getReported() {
        if (reported == null) {
            reported = catalog.toReview(locale.language());
        }
        return reported;
    }

    public void hide(long answerId) {
        currentUser.require(Role.STAFF);
        if (getReported().stream().noneMatch(a -> a.id() == answerId)) {
            return;
        }
        var reason = FormFields.rowText(messages, "reason", reasons, answerId, PlainText.Lines.ONE, MAX_REASON,
                "forum.moderation.reason.required");
        if (reason.isEmpty()) {
            return;
        }
        forums.hide(answerId, currentUser.requireAccountId(), reason.get());
        done(answerId, "forum.moderation.hidden");
    }

    public void restore(long answerId) {
        currentUser.require(Role.STAFF);
        if (getReported().stream().noneMatch(a -> a.id() == answerId)) {
            return;
        }
        forums.restore(answerId, currentUser.requireAccountId());
        done(answerId, "forum.moderation.restored");
    }

    private void done(long answerId, String key) {
        messages.infoAfterRedirect(key);
        FormFields.keepDrafts(DRAFTS, reasons, answerId);
        Faces.redirect("admin/forums");
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public int getMaxReason() {
        return MAX_REASON;
    }
}
