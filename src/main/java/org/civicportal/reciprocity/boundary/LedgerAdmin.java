package org.civicportal.reciprocity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.reciprocity.control.LedgerRebuilds;
import org.civicportal.reciprocity.control.LedgerRebuilds.LastRun;

/**
 * /admin/ledger (STAFF): compare the reciprocity ledger with the records it is derived from, and rebuild it;
 * shows what the last run (here or by {@code --rebuild-ledger}) found.
 */
@Named
@RequestScoped
public class LedgerAdmin {

    @Inject
    LedgerRebuilds rebuilds;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Optional<LastRun> last;

    /** The page's own check, besides RoleFilter's. */
    @PostConstruct
    void requireRole() {
        currentUser.require(Role.STAFF);
    }

    public LastRun getLast() {
        if (last == null) {
            last = rebuilds.last();
        }
        return last.orElse(null);
    }

    /** Lists the differences without changing the ledger. */
    public void check() {
        run(false);
    }

    /** Lists the differences and repairs them. */
    public void rebuild() {
        run(true);
    }

    private void run(boolean repair) {
        currentUser.require(Role.STAFF);
        try {
            var result = rebuilds.run(currentUser.requireAccountId(), repair);
            messages.info(repair ? "ledger.rebuilt" : "ledger.checked", result.differences());
        } catch (IllegalStateException failed) {
            // Logged with its cause by LedgerRebuilds; nothing was changed (the run rolled back).
            messages.error("ledger.failed");
        }
        last = null;
    }
}
