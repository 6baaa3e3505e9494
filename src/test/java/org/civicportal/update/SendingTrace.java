package org.civicportal.update;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.civicportal.platform.outbox.MessageIds;

/**
 * What an update's send left behind, for the delivery tests: the messages GreenMail received, grouped by
 * recipient and Message-ID (the outbox derives it from the key update:{id}:account:{id}, so a copy sent again
 * carries the same one), and waiting on the database without timed assertions.
 */
final class SendingTrace {

    private SendingTrace() {
    }

    /** The messages received for each (address, Message-ID); one read of GreenMail's store. */
    static Map<String, List<MimeMessage>> byRecipientAndMessageId(MimeMessage[] received) {
        var grouped = new HashMap<String, List<MimeMessage>>();
        for (var message : received) {
            try {
                var id = message.getMessageID();
                var to = message.getRecipients(jakarta.mail.Message.RecipientType.TO);
                if (id == null || to == null) {
                    continue;
                }
                for (var address : to) {
                    var email = ((jakarta.mail.internet.InternetAddress) address).getAddress().toLowerCase(Locale.ROOT);
                    grouped.computeIfAbsent(email + " " + id, k -> new ArrayList<>()).add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return grouped;
    }

    /** The messages of update updateId that reached this account's address. */
    static List<MimeMessage> of(Map<String, List<MimeMessage>> grouped, String baseUrl, long updateId, long accountId,
            String email) {
        var id = MessageIds.of("update:" + updateId + ":account:" + accountId, baseUrl);
        return grouped.getOrDefault(email.toLowerCase(Locale.ROOT) + " " + id, List.of());
    }

    /** Waits (checking every 250 ms) until the condition holds; fails with what it last saw. */
    static void await(String what, Duration atMost, Supplier<Boolean> condition, Supplier<String> seen) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + atMost.toSeconds() + " s; last seen: "
                        + seen.get());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
