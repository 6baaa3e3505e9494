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
    private Integer credentialsGeneration;

    void unverified(long accountId) {
        unverifiedAccountId = accountId;
    }

    void signedIn(Language accountLanguage, int generation) {
        language = accountLanguage;
        credentialsGeneration = generation;
    }

    public Optional<Long> unverifiedAccount() {
        return Optional.ofNullable(unverifiedAccountId);
    }

    /** The account's credentials generation as the sign-in found it; the session keeps it. */
    public Optional<Integer> credentialsGeneration() {
        return Optional.ofNullable(credentialsGeneration);
    }

    public Optional<Language> accountLanguage() {
        return Optional.ofNullable(language);
    }
}
