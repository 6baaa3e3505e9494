package org.civicportal.account.control;

import org.civicportal.platform.i18n.Language;

/**
 * What happened to an account: what the person must be told by email (AccountMails queues it in the outbox
 * inside the transaction), and the roles staff grant or take back (observed in the transaction by the audit log).
 */
public final class AccountEvents {

    private AccountEvents() {
    }

    /** Whom to write to, in which language. */
    public record Recipient(long accountId, String email, String displayName, Language language) {
    }

    public record VerificationRequested(Recipient to, String token) {
    }

    public record PasswordResetRequested(Recipient to, String token) {
    }

    public record PasswordChanged(Recipient to) {
    }

    /** The password was set from an emailed reset link; every session was ended. */
    public record PasswordReset(Recipient to) {
    }

    /** Someone tried to register with an email that already has an account: its owner is told. */
    public record RegistrationAttempted(Recipient to) {
    }

    /** Staff (staffId) granted or took back a role of accountId. */
    public record RoleChanged(long accountId, long staffId, org.civicportal.platform.security.Role role,
            boolean granted) {
    }

    /** A one-time sign-in link; next is where to go after signing in (a checked path) or null. */
    public record SignInLinkRequested(Recipient to, String token, String next) {
    }

    /** Staff removed an account's two-factor enrolment (a lost phone); the person enrols at next sign-in. */
    public record TwoFactorReset(long staffId, long accountId) {
    }

    /** Two-step sign-in was set up for the account (trust on first use: its owner is told). */
    public record TwoFactorEnrolled(long accountId, java.time.Instant at) {
    }

    /** The account's recovery codes were replaced by new ones (the old ones stopped working). */
    public record RecoveryCodesReplaced(long accountId, java.time.Instant at) {
    }

    /** A recovery code (row codeId) was used to sign in; {@code left} unused ones remain. */
    public record RecoveryCodeUsed(long accountId, long codeId, int left) {
    }

    /** A code from the app was typed again for a step already accepted (ASVS 2.8.5: its owner is told). */
    public record TwoFactorCodeReused(long accountId, java.time.Instant at) {
    }
}
