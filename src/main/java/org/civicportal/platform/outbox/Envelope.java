package org.civicportal.platform.outbox;

import java.util.Objects;
import org.civicportal.platform.i18n.Language;

/**
 * What the outbox keeps about a message besides its content.
 *
 * @param key unique: what the message is about, e.g. "input/answered:42:account:7" — queuing the same key twice
 *            keeps the first (so a retried transaction or a resumed send never queues a message again)
 * @param campaign rows paused, resumed and cancelled together (e.g. "update:7"), or null
 * @param accountId the recipient's account, or null for an address without one (the staff inbox)
 * @param template e.g. "account/verify", shown at /admin/outbox
 */
public record Envelope(String key, MailStream stream, String campaign, Long accountId, Language language,
        String template) {

    public Envelope {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(template, "template");
        if (key.length() > 190) {
            throw new IllegalArgumentException("An outbox key has at most 190 characters: " + key);
        }
    }

    public static Envelope of(String key, MailStream stream, Long accountId, Language language, String template) {
        return new Envelope(key, stream, null, accountId, language, template);
    }
}
