package org.civicportal.update.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.update.control.UpdateCatalog;
import org.civicportal.update.control.UpdateCatalog.UpdateRow;
import org.civicportal.update.control.UpdateMonth;
import org.civicportal.update.control.UpdateService;
import org.omnifaces.util.Faces;

/** /admin/updates: every month's update with its state, and drafting this month's. Staff only. */
@Named
@RequestScoped
public class UpdatesAdmin {

    private static final Logger LOG = Logger.getLogger(UpdatesAdmin.class.getName());

    @Inject
    UpdateService updates;

    @Inject
    UpdateCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private List<UpdateRow> rows;
    private java.time.YearMonth monthToDraft;

    public List<UpdateRow> getRows() {
        currentUser.require(Role.STAFF);
        if (rows == null) {
            rows = catalog.all();
        }
        return rows;
    }

    /** The month the draft button drafts, 'yyyy-mm'. */
    public String getMonthToDraft() {
        if (monthToDraft == null) {
            monthToDraft = updates.monthToDraft();
        }
        return UpdateMonth.code(monthToDraft);
    }

    /** The month the draft button drafts, as its sentence reads it ("November 2026", "noviembre de 2026"). */
    public String getMonthToDraftLabel() {
        getMonthToDraft();
        return UpdateMonth.inSentence(monthToDraft, org.civicportal.platform.i18n.Language.of(Faces.getLocale()));
    }

    public boolean isMonthToDraftDrafted() {
        return getRows().stream().anyMatch(r -> r.month().equals(getMonthToDraft()));
    }

    public void draft() {
        currentUser.require(Role.STAFF);
        UpdateService.Drafted drafted;
        try {
            drafted = updates.draftMonth(currentUser.requireAccountId());
        } catch (RuntimeException concurrent) {
            // Two staff members drafted the month at the same instant: the other one's draft is the month's.
            LOG.fine(() -> "Drafting the month's update again after " + concurrent);
            drafted = updates.draftMonth(currentUser.requireAccountId());
        }
        messages.infoAfterRedirect(drafted.created() ? "updates.admin.drafted" : "updates.admin.alreadyDrafted");
        Faces.redirect("admin/update?id=" + drafted.updateId());
    }
}
