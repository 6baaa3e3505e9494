package org.civicportal.account.control;

import org.civicportal.platform.i18n.Language;

/** An edit of one's profile, with the version of the profile the form was opened on. */
public record ProfileChange(int version, String displayName, Long districtId, Language language,
        boolean monthlyUpdates) {
}
