package org.civicportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.civicportal.account.control.MailPreferences;
import org.civicportal.account.control.MailPreferences.Target;
import org.civicportal.platform.mail.ListUnsubscribe;
import org.omnifaces.util.Faces;

/**
 * /unsubscribe?token=…, the link of every bulk email (RFC 8058). A GET only shows what the link would do and a
 * button: mail scanners open links, and must not unsubscribe anyone. A POST, from that button or straight from
 * a mail client's one-click ("List-Unsubscribe=One-Click"), unsubscribes: the signed token is the only
 * credential, so it needs no session, no view state and no CSRF token, and the page stays stateless
 * (StatelessPages). Its button is a plain HTML form posting back to the same address.
 */
@Named
@RequestScoped
public class Unsubscribe {

    /** What the page shows. */
    public enum Outcome {
        /** No token (400). */
        MISSING,
        /** A token this portal did not sign, or one altered or cut short (403). */
        REFUSED,
        /** A sound token whose account no longer exists (410). */
        GONE,
        /** GET: what the button would do. */
        CONFIRM,
        /** POST: done (also when it had been done before). */
        DONE
    }

    @Inject
    ListUnsubscribe unsubscribe;

    @Inject
    MailPreferences preferences;

    private String token;
    private Outcome outcome;
    private Target target;

    public void load() {
        if (token == null || token.isBlank()) {
            answer(Outcome.MISSING, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        var subscription = unsubscribe.verify(token.strip());
        if (subscription.isEmpty()) {
            answer(Outcome.REFUSED, HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        target = preferences.target(subscription.get()).orElse(null);
        if (target == null) {
            answer(Outcome.GONE, HttpServletResponse.SC_GONE);
            return;
        }
        if ("POST".equals(Faces.getRequest().getMethod())) {
            if (!preferences.unsubscribe(subscription.get())) {
                answer(Outcome.GONE, HttpServletResponse.SC_GONE);
                return;
            }
            outcome = Outcome.DONE;
        } else {
            outcome = Outcome.CONFIRM;
        }
    }

    private void answer(Outcome refusal, int status) {
        outcome = refusal;
        Faces.getResponse().setStatus(status);
    }

    /** Where the button posts: this same address, with the token the link carried. */
    public String getAction() {
        return Faces.getRequestContextPath() + "/unsubscribe?token="
                + URLEncoder.encode(token.strip(), StandardCharsets.UTF_8);
    }

    public boolean isMonthlyUpdate() {
        return target != null && ListUnsubscribe.MONTHLY_UPDATE.equals(target.list());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Target getTarget() {
        return target;
    }
}
