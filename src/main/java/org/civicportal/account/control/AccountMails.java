package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.civicportal.account.control.AccountEvents.PasswordChanged;
import org.civicportal.account.control.AccountEvents.PasswordReset;
import org.civicportal.account.control.AccountEvents.RegistrationAttempted;
import org.civicportal.account.control.AccountEvents.SignInLinkRequested;
import org.civicportal.account.control.AccountEvents.PasswordResetRequested;
import org.civicportal.account.control.AccountEvents.Recipient;
import org.civicportal.account.control.AccountEvents.VerificationRequested;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.mail.MailSender;
import org.civicportal.platform.mail.MailTemplates;

/**
 * Emails about one's own account. Sent only after the transaction committed, so nobody receives a link
 * to a token that was rolled back, and on a managed thread, so the page answers as fast whether or not a
 * mail goes out (no account enumeration by timing). A failed send is logged; the person can ask again.
 */
@ApplicationScoped
public class AccountMails {

    @Inject
    MailTemplates templates;

    @Inject
    MailSender sender;

    @Inject
    PortalSettings settings;

    void verification(@Observes(during = TransactionPhase.AFTER_SUCCESS) VerificationRequested event) {
        send("account/verify", event.to(), Map.of("link", link("/verify", event.token()), "hours", 24));
    }

    void reset(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordResetRequested event) {
        send("account/reset", event.to(), Map.of("link", link("/reset-password", event.token()), "minutes", 60,
                "forgotLink", settings.baseUrl() + "/forgot-password"));
    }

    void passwordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordChanged event) {
        send("account/password-changed", event.to(), Map.of("resetLink", settings.baseUrl() + "/forgot-password"));
    }

    void passwordReset(@Observes(during = TransactionPhase.AFTER_SUCCESS) PasswordReset event) {
        send("account/password-reset", event.to(), Map.of("resetLink", settings.baseUrl() + "/forgot-password"));
    }

    void registrationAttempted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationAttempted event) {
        send("account/registration-attempt", event.to(), Map.of("signInLink", settings.baseUrl() + "/sign-in",
                "resetLink", settings.baseUrl() + "/forgot-password"));
    }

    void signInLink(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignInLinkRequested event) {
        var link = link("/sign-in", event.token());
        if (event.next() != null) {
            link += "&next=" + URLEncoder.encode(event.next(), StandardCharsets.UTF_8);
        }
        send("account/sign-in-link", event.to(), Map.of("link", link, "minutes", 15));
    }

    private void send(String template, Recipient to, Map<String, Object> values) {
        var scope = new java.util.HashMap<String, Object>(values);
        scope.put("name", to.displayName());
        scope.put("portalUrl", settings.baseUrl());
        sender.sendLater(List.of(templates.render(template, to.language(), to.email(), scope)),
                template + " for account " + to.accountId());
    }

    private String link(String path, String token) {
        return settings.baseUrl() + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
