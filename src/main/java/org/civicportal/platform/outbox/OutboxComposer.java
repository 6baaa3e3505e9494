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

    /** The message for one recipient; {@code to} and the headers it returns are sent as given. */
    OutgoingMail compose(String params, Long accountId, String to, Language language);
}
