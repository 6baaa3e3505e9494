package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.civicportal.account.control.AccountEvents.PasswordChanged;
import org.civicportal.account.control.AccountEvents.PasswordReset;
import org.civicportal.account.control.AccountEvents.RegistrationAttempted;
import org.civicportal.account.control.AccountEvents.SignInLinkRequested;
import org.civicportal.account.control.AccountEvents.PasswordResetRequested;
import org.civicportal.account.control.AccountEvents.Recipient;
import org.civicportal.account.control.AccountEvents.RecoveryCodeUsed;
import org.civicportal.account.control.AccountEvents.RecoveryCodesReplaced;
import org.civicportal.account.control.AccountEvents.TwoFactorCodeReused;
import org.civicportal.account.control.AccountEvents.TwoFactorEnrolled;
import org.civicportal.account.control.AccountEvents.TwoFactorReset;
import org.civicportal.account.control.AccountEvents.VerificationRequested;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.account.entity.Account;
import org.civicportal.account.entity.TokenPurpose;
import org.civicportal.platform.mail.MailTemplates;
import org.civicportal.platform.outbox.Envelope;
import org.civicportal.platform.outbox.MailStream;
import org.civicportal.platform.outbox.Outbox;

/**
 * Emails about one's own account (stream ACCOUNT: tried even to a suppressed address), queued in the outbox
 * inside the transaction that issued the token or changed the password, so nobody receives a link to a token
 * that was rolled back. Queuing is one insert and the dispatcher sends later, so the page answers as fast
 * whether or not a mail goes out (no account enumeration by timing). Each key names the occurrence: the token
 * row, the credentials generation a password change started, or the moment of a registration attempt.
 */
@ApplicationScoped
public class AccountMails {

    @Inject
    MailTemplates templates;

    @Inject
    Outbox outbox;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Inject
    PortalSettings settings;

    void verification(@Observes VerificationRequested event) {
        send("account/verify", "token:" + tokenId(event.token()), event.to(), Map.of("link", link("/verify", event.token()), "hours", 24));
    }

    void reset(@Observes PasswordResetRequested event) {
        send("account/reset", "token:" + tokenId(event.token()), event.to(), Map.of("link", link("/reset-password", event.token()), "minutes", 60,
                "forgotLink", settings.baseUrl() + "/forgot-password"));
    }

    void passwordChanged(@Observes PasswordChanged event) {
        send("account/password-changed", generation(event.to()), event.to(), Map.of("resetLink", settings.baseUrl() + "/forgot-password"));
    }

    void passwordReset(@Observes PasswordReset event) {
        send("account/password-reset", generation(event.to()), event.to(), Map.of("resetLink", settings.baseUrl() + "/forgot-password"));
    }

    void registrationAttempted(@Observes RegistrationAttempted event) {
        // Nothing is written for an attempt (AttemptLimiter already bounds how often its owner is told): the
        // moment, to the microsecond, is what tells two attempts apart.
        var at = clock.instant();
        send("account/registration-attempt", "at:" + at.getEpochSecond() + "." + at.getNano() / 1000, event.to(), Map.of("signInLink", settings.baseUrl() + "/sign-in",
                "resetLink", settings.baseUrl() + "/forgot-password"));
    }

    void signInLink(@Observes SignInLinkRequested event) {
        var link = link("/sign-in", event.token());
        if (event.next() != null) {
            link += "&next=" + URLEncoder.encode(event.next(), StandardCharsets.UTF_8);
        }
        send("account/sign-in-link", "token:" + tokenId(event.token()), event.to(), Map.of("link", link, "minutes",
                TokenPurpose.SIGN_IN.lifetime().toMinutes()));
    }

    /*
     * Two-step sign-in is trust on first use: whoever enrols, resets or replaces the codes decides who signs in
     * next, so the owner hears of each change at the account's address (the codes themselves are never sent).
     */

    void twoFactorEnrolled(@Observes TwoFactorEnrolled event) {
        var to = recipient(event.accountId());
        send("account/two-factor-enrolled", "at:" + micros(event.at()), to, ifNotYou());
    }

    void twoFactorReset(@Observes TwoFactorReset event) {
        // "a staff member", never their name: the person is told what happened, not who in the team did it
        var to = recipient(event.accountId());
        // the reset moved the generation on by a native update: read from the row, not a managed entity
        var generation = ((Number) em.createNativeQuery("SELECT credentials_generation FROM account WHERE id = ?1")
                .setParameter(1, event.accountId()).getSingleResult()).intValue();
        send("account/two-factor-reset", "generation:" + generation, to, ifNotYou());
    }

    void recoveryCodesReplaced(@Observes RecoveryCodesReplaced event) {
        var to = recipient(event.accountId());
        send("account/recovery-codes-replaced", "at:" + micros(event.at()), to, ifNotYou());
    }

    void recoveryCodeUsed(@Observes RecoveryCodeUsed event) {
        var to = recipient(event.accountId());
        var values = ifNotYou();
        values.put("left", event.left());
        values.put("none", event.left() == 0);
        send("account/recovery-code-used", "code:" + event.codeId(), to, values);
    }

    /**
     * At most one a clock hour per account: the hour is the message's key and the outbox keeps a key queued
     * once, so someone replaying codes cannot flood the owner's mailbox (a reuse is in the security log anyway).
     */
    void twoFactorCodeReused(@Observes TwoFactorCodeReused event) {
        send("account/two-factor-code-reused", "hour:" + event.at().getEpochSecond() / 3600,
                recipient(event.accountId()), ifNotYou());
    }

    private Map<String, Object> ifNotYou() {
        var values = new java.util.HashMap<String, Object>();
        values.put("resetLink", settings.baseUrl() + "/forgot-password");
        values.put("meLink", settings.baseUrl() + "/me");
        return values;
    }

    private Recipient recipient(long accountId) {
        var account = em.find(Account.class, accountId);
        return new Recipient(account.getId(), account.getEmail(), account.getDisplayName(), account.getLanguage());
    }

    private static String micros(java.time.Instant at) {
        return at.getEpochSecond() + "." + at.getNano() / 1000;
    }

    private void send(String template, String occurrence, Recipient to, Map<String, Object> values) {
        var scope = new java.util.HashMap<String, Object>(values);
        scope.put("name", to.displayName());
        scope.put("portalUrl", settings.baseUrl());
        outbox.queue(Envelope.of(template + ":" + occurrence + ":account:" + to.accountId(), MailStream.ACCOUNT,
                to.accountId(), to.language(), template), templates.render(template, to.language(), to.email(), scope));
    }

    /** The row of the token just issued (flushed first: it was persisted in this transaction). */
    private long tokenId(String token) {
        em.flush();
        return ((Number) em.createNativeQuery("SELECT id FROM account_token WHERE token_hash = ?1")
                .setParameter(1, OneTimeTokens.digest(token)).getSingleResult()).longValue();
    }

    /** A new password starts a new credentials generation: one message per change. */
    private String generation(Recipient to) {
        return "generation:" + em.find(Account.class, to.accountId()).getCredentialsGeneration();
    }

    private String link(String path, String token) {
        return settings.baseUrl() + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
