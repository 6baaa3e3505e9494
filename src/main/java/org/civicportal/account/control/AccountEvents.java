package org.civicportal.account.control;

import org.civicportal.platform.i18n.Language;

/** What happened to an account that the person must be told by email; observed after commit. */
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
}
