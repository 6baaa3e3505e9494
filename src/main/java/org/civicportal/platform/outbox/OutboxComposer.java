package org.civicportal.platform.outbox;

import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.mail.OutgoingMail;

/**
 * Renders a message at sending time, for sends too large to keep a body per row (the monthly update to every
 * subscriber). A CDI bean; the dispatcher finds it by {@link #name()}, the value queued in the row's composer
 * column. Implementations may cache what all recipients share (per params and language) but must not keep
 * anything per recipient.
 */
public interface OutboxComposer {

    String name();

    /**
     * The message for one recipient; {@code to} and the headers it returns are sent as given. Throw
     * {@link Gone} (or IllegalArgumentException) when what the params name no longer exists: the row is FAILED.
     * Any other exception (a database that timed out) leaves the row RETRYING.
     */
    OutgoingMail compose(String params, Long accountId, String to, Language language);

    /** What a message was about is gone (e.g. the update was deleted): the message can never be sent. */
    class Gone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Gone(String message) {
            super(message);
        }
    }

    /** No composer bean has the row's composer name. */
    class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Missing(String name) {
            super("no composer named " + name);
        }
    }
}
