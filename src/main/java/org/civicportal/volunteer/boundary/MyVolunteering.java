package org.civicportal.volunteer.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.volunteer.control.VolunteerService;
import org.civicportal.volunteer.entity.Signup;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /me/volunteering: my upcoming and past shifts, the hours I gave and the thanks I received; I decide
 * whether each thanks may be shown in public.
 */
@Named
@ViewScoped
public class MyVolunteering implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VolunteerService volunteers;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private transient List<Signup> signups;

    @PostConstruct
    void load() {
        signups = volunteers.ofVolunteer(currentUser.requireAccountId());
    }

    private List<Signup> signups() {
        if (signups == null) {
            load();
        }
        return signups;
    }

    public List<Signup> getUpcoming() {
        var now = volunteers.now();
        return signups().stream().filter(s -> s.getStatus().isActive() && s.getTask().getEndsAt().isAfter(now))
                .sorted(java.util.Comparator.comparing(s -> s.getTask().getStartsAt())).toList();
    }

    public List<Signup> getPast() {
        var now = volunteers.now();
        return signups().stream().filter(s -> !s.getTask().getEndsAt().isAfter(now) || !s.getStatus().isActive())
                .toList();
    }

    public BigDecimal getHours() {
        return signups().stream().map(Signup::getHours).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Signup> getThanks() {
        return signups().stream().filter(s -> s.getThanks() != null).toList();
    }

    public void show(long signupId) {
        setShown(signupId, true, "myVolunteering.shown");
    }

    public void hide(long signupId) {
        setShown(signupId, false, "myVolunteering.hidden");
    }

    private void setShown(long signupId, boolean shown, String key) {
        volunteers.setThanksPublic(signupId, currentUser.requireAccountId(), shown);
        messages.infoAfterRedirect(key);
        Faces.redirect("me/volunteering");
    }
}
