package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.civicportal.platform.i18n.LanguageChosen;
import org.civicportal.platform.web.CurrentUser;

/** Remembers a signed-in person's language choice on their account, so every device and email uses it. */
@ApplicationScoped
public class AccountLanguage {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    void remember(@Observes LanguageChosen chosen) {
        currentUser.accountId().ifPresent(id -> accounts.rememberLanguage(id, chosen.language()));
    }
}
