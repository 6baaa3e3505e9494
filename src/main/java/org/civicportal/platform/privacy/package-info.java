/**
 * A resident's copy of everything the portal holds about them (GDPR articles 15 and 20): each feature says what
 * it holds ({@link org.civicportal.platform.privacy.PersonalData}), a background job builds the ZIP of JSON and
 * CSV with a README, offers it for seven days and deletes it.
 */
package org.civicportal.platform.privacy;
