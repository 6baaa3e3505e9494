package org.civicportal.platform.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * PrimeFaces compares a postback's CSP nonce with the view's only while rendering the answer, that is after
 * the action already ran and was saved; a wrong nonce then answered 500 with the work done. This asks for the
 * same check right after the view is restored, and refuses with 400 before any value is applied.
 * (A missing nonce is refused even earlier, by RequestGuard.) Registered in faces-config.xml.
 */
public class EarlyCspCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EarlyCspCheck.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the check needs the restored view
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        var context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null || context.getResponseComplete()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException refused) {
            LOG.fine(() -> "Postback refused before any action: " + refused.getMessage());
            try {
                context.getExternalContext().responseSendError(400, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
