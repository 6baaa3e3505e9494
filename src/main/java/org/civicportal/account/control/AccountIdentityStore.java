package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.security.PasswordHasher;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.security.TwoStepSignIn.SecondFactorPassed;

/**
 * Checks an email and password against the account table. The caller's name is the account id (emails
 * may change), and the groups are the account's roles. Unknown emails cost the same hashing time. An
 * emailed sign-in link is the other credential it accepts, and the second step of an official's or staff
 * member's sign-in the third.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInOutcome outcome;

    /** Passwords, and the tokens of emailed sign-in links. */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            return validate(password);
        }
        if (credential instanceof SignInLinkCredential link) {
            return validate(link);
        }
        if (credential instanceof SecondFactorPassed passed) {
            // Made only by the second step's page after it checked the code; void once the password changed.
            return accounts.byId(passed.accountId())
                    .filter(account -> account.getCredentialsGeneration() == passed.credentialsGeneration())
                    .map(this::signedIn).orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(SignInLinkCredential credential) {
        return accounts.useSignInLink(credential.token()).map(this::signedIn)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        var password = credential.getPasswordAsString();
        var account = accounts.byEmail(credential.getCaller());
        if (account.isEmpty()) {
            hasher.matchesNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        var found = account.get();
        if (!hasher.matches(password, found.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!found.isVerified()) {
            outcome.unverified(found.getId());
            return CredentialValidationResult.INVALID_RESULT;
        }
        return signedIn(found);
    }

    private CredentialValidationResult signedIn(Account account) {
        outcome.signedIn(account.getLanguage(), account.getCredentialsGeneration());
        return new CredentialValidationResult(String.valueOf(account.getId()),
                account.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
