package org.civicportal.update.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.update.control.DeliveryCatalog;
import org.civicportal.update.control.DeliveryCatalog.Delivery;
import org.civicportal.update.control.DeliveryRefused;
import org.civicportal.update.control.SendRate;
import org.civicportal.update.control.UpdateDelivery;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.PrimeFaces;

/**
 * The sending panel of an update's edit page (WEB-INF/includes/update/sending.xhtml, given the update's id by
 * the host page): how many will receive it and "Send" with a confirmation; during a send its live progress
 * (sent, failed, pending, rate, time left) with pause, resume and cancel; afterwards the totals. Staff only,
 * checked here as well as by the page's rule. The view keeps only the rate's few samples, the milestone last
 * announced to screen readers and which confirmation is open.
 */
@Named
@ViewScoped
public class UpdateSending implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The client id of the panel's form and of the live region inside it. */
    static final String FORM = "sending";
    private static final String ANNOUNCE = FORM + ":announce";
    private static final String BODY = FORM + ":body";
    private static final String POLL = FORM + ":poll";

    @Inject
    DeliveryCatalog catalog;

    @Inject
    UpdateDelivery delivery;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private final SendRate rate = new SendRate();
    private String announced;
    /** The state the panel's buttons were last rendered for: the poll re-renders them when it changed. */
    private String shownState;
    private boolean confirmingSend;
    private boolean confirmingCancel;

    @PostConstruct
    void requireRole() {
        currentUser.require(Role.STAFF);
    }

    /** The delivery of update id, read once per request (the page asks for it in many places). */
    public Delivery delivery(long id) {
        Map<Object, Object> attributes = FacesContext.getCurrentInstance().getAttributes();
        @SuppressWarnings("unchecked")
        var read = (Map<Long, Delivery>) attributes.computeIfAbsent(UpdateSending.class.getName(), k -> new HashMap<>());
        return read.computeIfAbsent(id, this::read);
    }

    private Delivery read(long id) {
        var found = catalog.of(id).orElse(null);
        if (found != null && !found.isDraft()) {
            rate.sample(System.currentTimeMillis(), found.progress().attempted());
        }
        if (found != null && !FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
            shownState = found.state();
        }
        return found;
    }

    /** Counted once per request, shared with the host page (AudienceCount). */
    public long audienceCount(long id) {
        return AudienceCount.of(id, () -> {
            var found = delivery(id);
            return found == null ? 0 : catalog.audienceCount(found.audience());
        });
    }

    /** Messages per second, rounded; 0 until two refreshes a second apart. */
    public long ratePerSecond() {
        return Math.round(rate.perSecond());
    }

    /** Seconds left at the current rate, or -1 when not known yet. */
    public long secondsLeft(long id) {
        var found = delivery(id);
        return found == null ? -1 : rate.secondsLeft(found.progress().pending());
    }

    /**
     * What the live region says: the state and the progress in steps of ten per cent, so a screen reader hears
     * a change every tenth of the send, not every refresh. Rendering it records it as announced.
     */
    public String milestone(long id) {
        announced = milestoneText(id);
        return announced;
    }

    private String milestoneText(long id) {
        var found = delivery(id);
        if (found == null || found.isDraft()) {
            return "";
        }
        int tenth = found.progress().percent() / 10 * 10;
        return messages.text("sending.live", messages.text("sending.state." + found.state()), tenth);
    }

    /**
     * The poll: re-renders the figures (its own update); the live region only when its milestone changed; the
     * buttons only when the state changed (so the focus stays on them otherwise); and itself once the send is
     * over, which stops it.
     */
    public void refresh(long id) {
        var found = delivery(id);
        if (found == null) {
            return;
        }
        var ajax = PrimeFaces.current().ajax();
        if (!milestoneText(id).equals(announced)) {
            ajax.update(ANNOUNCE);
        }
        if (!found.state().equals(shownState)) {
            shownState = found.state();
            ajax.update(BODY);
        }
        if (found.isOver()) {
            ajax.update(POLL);
        }
    }

    /** "Send to N residents". */
    public String sendLabel(long id) {
        return messages.text("sending.send", audienceCount(id));
    }

    public String confirmLabel(long id) {
        return messages.text("sending.confirm.yes", audienceCount(id));
    }

    public void askToSend() {
        confirmingSend = true;
    }

    public void askToCancel() {
        confirmingCancel = true;
    }

    public void notNow() {
        confirmingSend = false;
        confirmingCancel = false;
    }

    public void send(long id) {
        act(id, () -> delivery.send(id, currentUser.requireAccountId()), "sending.started");
    }

    public void pause(long id) {
        act(id, () -> delivery.pause(id, currentUser.requireAccountId()), "sending.paused");
    }

    public void resume(long id) {
        act(id, () -> delivery.resume(id, currentUser.requireAccountId()), "sending.resumed");
    }

    public void cancel(long id) {
        act(id, () -> delivery.cancel(id, currentUser.requireAccountId()), "sending.cancelled");
    }

    private void act(long id, Runnable command, String done) {
        currentUser.require(Role.STAFF);
        notNow();
        try {
            command.run();
            rate.reset();
            messages.info(done);
        } catch (DeliveryRefused refused) {
            var state = refused.state() == null ? "" : messages.text("sending.state." + refused.state());
            messages.error(refused.key(), state);
        }
        FacesContext.getCurrentInstance().getAttributes().remove(UpdateSending.class.getName());
        AudienceCount.forget(id);
    }

    public boolean isConfirmingSend() {
        return confirmingSend;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }
}
