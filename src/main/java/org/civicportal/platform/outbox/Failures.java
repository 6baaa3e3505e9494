package org.civicportal.platform.outbox;

import jakarta.mail.internet.AddressException;
import org.civicportal.platform.outbox.OutboxRows.Outcome;

/**
 * What becomes of a message that did not leave. Only what can never succeed is FAILED: a 5xx answer (handled
 * with the suppression, not here), a missing composer, an invalid address, a composer saying the message cannot
 * exist any more. Everything else — no connection, a 4xx, a database that timed out while the message was
 * rendered — is RETRYING after the {@link Backoff}, however long it lasts: an SMTP outage of a day leaves the
 * queue waiting at the longest delay, not failed.
 */
final class Failures {

    private Failures() {
    }

    /** The message was tried and refused for now (4xx) or its connection broke: one attempt more. */
    static Outcome refusedForNow(Backoff backoff, ClaimedMessage message, SmtpAnswer answer) {
        var attempts = message.attempts() + 1;
        return new Outcome(message.id(), "RETRYING", answer.text(), backoff.delayAfter(attempts).toSeconds());
    }

    /**
     * The connection failed before this message was tried: it waits as long as the one that was tried
     * ({@code delaySeconds}), and its attempts stay as they were.
     */
    static Outcome notTried(ClaimedMessage message, SmtpAnswer answer, long delaySeconds) {
        return new Outcome(message.id(), "RETRYING", answer.text(), delaySeconds, false);
    }

    /** The message could not be rendered or built: FAILED if it never can be, else tried again later. */
    static Outcome notPrepared(Backoff backoff, ClaimedMessage message, Exception e) {
        var answer = clip("not prepared: " + e);
        if (never(e)) {
            return new Outcome(message.id(), "FAILED", answer, 0);
        }
        return new Outcome(message.id(), "RETRYING", answer, backoff.delayAfter(message.attempts() + 1).toSeconds());
    }

    /**
     * Whether preparing a message failed for good: no composer of that name, an address Jakarta Mail refuses,
     * or the composer's word that what the message is about is gone ({@link OutboxComposer.Gone}, or the
     * IllegalArgumentException a composer throws for params that name nothing).
     */
    static boolean never(Throwable e) {
        if (e instanceof OutboxComposer.Missing || e instanceof OutboxComposer.Gone
                || e instanceof IllegalArgumentException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AddressException) {
                return true;
            }
        }
        return false;
    }

    static String clip(String text) {
        return text.length() > SmtpAnswer.TEXT_LIMIT ? text.substring(0, SmtpAnswer.TEXT_LIMIT) : text;
    }
}
