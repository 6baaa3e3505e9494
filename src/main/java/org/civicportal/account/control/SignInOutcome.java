package org.civicportal.account.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.civicportal.platform.i18n.Language;

/**
 * What the identity store found during this request's sign-in, beyond valid/invalid: the sign-in page
 * needs to know whether to explain that the email is not verified yet (only when the password was right).
 */
@RequestScoped
public class SignInOutcome {

    private Long unverifiedAccountId;
    private Language language;

    void unverified(long accountId) {
        unverifiedAccountId = accountId;
    }

    void signedIn(Language accountLanguage) {
        language = accountLanguage;
    }

    public Optional<Long> unverifiedAccount() {
        return Optional.ofNullable(unverifiedAccountId);
    }

    public Optional<Language> accountLanguage() {
        return Optional.ofNullable(language);
    }
}
