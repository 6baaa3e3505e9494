package org.civicportal.account.boundary;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.logging.Logger;
import org.civicportal.account.control.AccountErasure;
import org.civicportal.account.control.AccountErasure.Refused;
import org.civicportal.platform.security.SecurityEvents;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /me/delete: the confirmation page of "Delete my account". The account is always the signed-in person's own
 * (no id travels in the request); the form is a Faces POST, so its view state guards it against cross-site
 * requests; the password is checked on the server and wrong ones are throttled like sign-in.
 */
@Named
@ViewScoped
public class AccountDeletion implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccountDeletion.class.getName());

    @Inject
    SecurityEvents securityEvents;

    @Inject
    AccountErasure erasure;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String password;
    private boolean removeInputs;

    public void delete() throws ServletException {
        long accountId = currentUser.requireAccountId();
        if (password == null || password.isBlank()) {
            messages.fieldError("delete:password", "me.delete.passwordRequired");
            return;
        }
        try {
            erasure.erase(accountId, password, removeInputs);
        } catch (Refused refused) {
            password = null;
            var reason = refused.reason();
            if (reason == AccountErasure.Refusal.WRONG_PASSWORD || reason == AccountErasure.Refusal.THROTTLED) {
                messages.fieldError("delete:password", "me.delete.refused." + reason.name());
            } else {
                messages.error("me.delete.refused." + reason.name());
            }
            return;
        } catch (jakarta.persistence.PersistenceException | jakarta.transaction.TransactionalException stillReferenced) {
            // A key that is RESTRICT on purpose (an act in the city's name still on record): nothing changed.
            LOG.warning(() -> "Erasing account " + accountId + " was refused by the database: " + stillReferenced);
            password = null;
            messages.error("me.delete.refused.ON_RECORD");
            return;
        }
        HttpServletRequest request = Faces.getRequest();
        securityEvents.sessionEnded(request, "account-deleted", accountId);
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect("?accountDeleted=1");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isRemoveInputs() {
        return removeInputs;
    }

    public void setRemoveInputs(boolean removeInputs) {
        this.removeInputs = removeInputs;
    }
}
