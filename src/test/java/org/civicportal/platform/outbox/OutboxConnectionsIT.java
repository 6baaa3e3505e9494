package org.civicportal.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Several SMTP connections per node (PORTAL_MAIL_CONNECTIONS, 4 by default, as the test portal runs): the
 * sender workers each claim their own batches, and a send of 300 rows — three full batches and more, so
 * workers join — reaches GreenMail exactly once per row, each row marked SENT with the server's own answer.
 */
class OutboxConnectionsIT extends PortalIT {

    private static final int ROWS = 300;

    @Test
    void threeHundredRowsOverSeveralConnectionsArriveEachExactlyOnceAndAreMarkedWithTheServersAnswer()
            throws Exception {
        var campaign = "test:connections";
        // Long lines and non-ASCII text: the parts are encoded once, as quoted-printable, and must read back whole.
        var line = "Año nuevo: 10 € por vecino, qué alegría. ".repeat(60);
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, campaign, recipient, language, template, "
                + "subject, text_body, html_body, message_id, state, next_attempt_at, created_at) SELECT "
                + "CONCAT('test/connections:', s.seq), 'BULK', ?, CONCAT('connections.', s.seq, '@example.org'), 'en', "
                + "'test/outbox', CONCAT('Connections ', s.seq), CONCAT('Text ', s.seq, '\\n', ?), "
                + "CONCAT('<p>HTML ', s.seq, '</p><p>', ?, '</p>'), CONCAT('<connections.', s.seq, '@outbox.test>'), "
                + "'HELD', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM seq_1_to_300 s", campaign, line, line);
        assertEquals(ROWS, TestAccounts.update("UPDATE outbox_message SET state = 'PENDING' WHERE campaign = ? "
                + "AND state = 'HELD'", campaign), "released at once, as Outbox.resume does");

        OutboxIT.await(() -> TestAccounts.query("SELECT COUNT(*) FROM outbox_message WHERE campaign = ? "
                + "AND state = 'SENT'", campaign), String.valueOf(ROWS));

        var delivered = new HashMap<String, Integer>();
        var byAddress = new HashMap<String, MimeMessage>();
        for (var message : TestServers.mail().getReceivedMessages()) {
            for (var to : message.getAllRecipients()) {
                var address = to.toString();
                if (address.startsWith("connections.") && address.endsWith("@example.org")) {
                    delivered.merge(address, 1, Integer::sum);
                    byAddress.put(address, message);
                }
            }
        }
        assertEquals(ROWS, delivered.size(), "every recipient got the message");
        var twice = delivered.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertEquals(java.util.List.of(), twice, "nobody got it twice");

        assertEquals(String.valueOf(ROWS), TestAccounts.query("SELECT COUNT(*) FROM outbox_message WHERE campaign = ? "
                + "AND state = 'SENT' AND sent_at IS NOT NULL AND attempts = 1 AND claimed_by IS NULL "
                + "AND last_answer LIKE '250%'", campaign), "each marked SENT with GreenMail's answer, one attempt");
        for (int seq : new int[] {1, 150, ROWS}) {
            var address = "connections." + seq + "@example.org";
            var message = byAddress.get(address);
            assertEquals("Connections " + seq, Mailbox.subject(message));
            assertEquals(TestAccounts.query("SELECT message_id FROM outbox_message WHERE message_key = ?",
                    "test/connections:" + seq), message.getHeader("Message-ID", null));
            assertEquals(("Text " + seq + "\r\n" + line).strip(), part(message, 0).strip());
            assertEquals("<p>HTML " + seq + "</p><p>" + line + "</p>", part(message, 1).strip());
        }
    }

    private static String part(MimeMessage message, int index) throws MessagingException, IOException {
        return ((Multipart) message.getContent()).getBodyPart(index).getContent().toString();
    }
}
