package org.civicportal.account.control;

import org.civicportal.platform.i18n.Language;

/** What a person gives when registering, already validated by the form. */
public record NewAccount(String displayName, String email, String password, Long districtId, Language language,
        boolean monthlyUpdates) {
}
