package org.civicportal.platform.i18n;

/** Fired when someone picks a language in the header, so their account can remember it. */
public record LanguageChosen(Language language) {
}
