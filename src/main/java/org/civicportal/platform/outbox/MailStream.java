package org.civicportal.platform.outbox;

/**
 * Why a message is sent, which decides whether a suppressed address still gets it. Declared in the order the
 * dispatcher claims them (OutboxRows#claim): account mail first, bulk mail last.
 */
public enum MailStream {
    /** About one's own account (verification, password reset, sign-in link): tried even to a suppressed address. */
    ACCOUNT,
    /** One resident's own news (an answer, a credit, a reminder, a thank-you). */
    NOTICE,
    /** Sent to many (the monthly update, a chain's news to its followers); carries List-Unsubscribe. */
    BULK;

    public boolean reachesSuppressed() {
        return this == ACCOUNT;
    }
}
