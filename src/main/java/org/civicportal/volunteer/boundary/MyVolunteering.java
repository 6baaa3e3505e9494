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
        return signups().stream().filter(s -> isUpcoming(s, now))
                .sorted(java.util.Comparator.comparing(s -> s.getTask().getStartsAt())).toList();
    }

    public List<Signup> getPast() {
        var now = volunteers.now();
        return signups().stream().filter(s -> !isUpcoming(s, now)).toList();
    }

    /**
     * Still to come: taking part, the shift not over, and nobody has recorded yet how it went. Once an
     * official has recorded attendance (possible as soon as the shift starts) the shift is history.
     */
    private static boolean isUpcoming(Signup signup, java.time.Instant now) {
        return signup.getStatus().isActive() && signup.getAttendance() == null
                && signup.getTask().getEndsAt().isAfter(now);
    }

    public BigDecimal getHours() {
        return signups().stream().map(Signup::getHours).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Signup> getThanks() {
        // Oldest thanks first: a new thanks arriving meanwhile goes to the end, so the rows of a page already
        // shown keep their places and a button acts on the thanks it was shown with.
        return signups().stream().filter(s -> s.getThanks() != null)
                .sorted(java.util.Comparator.comparing(Signup::getThankedAt).thenComparing(Signup::getId)).toList();
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
