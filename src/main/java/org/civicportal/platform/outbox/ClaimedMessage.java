package org.civicportal.platform.outbox;

import org.civicportal.platform.i18n.Language;

/** One outbox row this node claimed, as the dispatcher needs it to send; a batch holds at most a hundred. */
record ClaimedMessage(long id, String key, MailStream stream, Long accountId, String recipient, Language language,
        String template, String composer, String params, String subject, String text, String html, String headers,
        String messageId, int attempts) {

    boolean composed() {
        return composer != null;
    }
}
