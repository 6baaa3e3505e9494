package org.civicportal.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/** The dispatcher's rules: backoff, what an SMTP answer means, when a lease is still held, the sending rate. */
class OutboxRulesTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void backoffDoublesFromTheBaseUpToTheCap() {
        var backoff = new Backoff(Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(30), backoff.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), backoff.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), backoff.delayAfter(4));
        assertEquals(Duration.ofMinutes(128), backoff.delayAfter(9));
        assertEquals(Backoff.MAX_DELAY, backoff.delayAfter(10));
        assertEquals(Backoff.MAX_DELAY, backoff.delayAfter(1000), "no overflow however many attempts");
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO));
    }

    @Test
    void aRecipientRefusedWithA5xxIsPermanentWithTheServersWords() throws Exception {
        var refused = new SMTPAddressFailedException(new InternetAddress("gone@example.org"), "RCPT TO", 550,
                "550 5.1.1 <gone@example.org>: no such user");
        var thrown = new SendFailedException("Invalid Addresses", refused);
        var answer = SmtpAnswer.of(thrown);
        assertEquals(SmtpAnswer.Kind.PERMANENT, answer.kind());
        assertEquals(550, answer.code());
        assertTrue(answer.text().startsWith("550 5.1.1"), answer.text());
    }

    @Test
    void a4xxIsTransient() throws Exception {
        var answer = SmtpAnswer.of(new SMTPSendFailedException("DATA", 451, "451 4.3.0 try again later", null,
                null, null, null));
        assertEquals(SmtpAnswer.Kind.TRANSIENT, answer.kind());
        assertEquals(451, answer.code());
        assertEquals(SmtpAnswer.Kind.TRANSIENT, SmtpAnswer.ofReply("421 4.7.0 too many connections").kind());
        assertEquals(SmtpAnswer.Kind.PERMANENT, SmtpAnswer.ofReply("554 5.7.1 rejected").kind());
        assertEquals(SmtpAnswer.Kind.ACCEPTED, SmtpAnswer.ofReply("250 2.0.0 Ok: queued as 1A2B").kind());
    }

    @Test
    void aConnectionThatCouldNotBeMadeIsTransientWithoutACode() {
        var answer = SmtpAnswer.of(new MessagingException("Could not connect to SMTP host: 127.0.0.1, port: 25",
                new ConnectException("Connection refused")));
        assertEquals(SmtpAnswer.Kind.TRANSIENT, answer.kind());
        assertEquals(0, answer.code());
        assertTrue(answer.text().contains("Connection refused"), answer.text());
    }

    @Test
    void aLongOutageNeverFailsAMessageAndOneFailedConnectCountsOnlyForTheMessageTried() {
        var backoff = new Backoff(Duration.ofSeconds(30));
        var noConnection = SmtpAnswer.unreachable(new MessagingException("Could not connect",
                new ConnectException("Connection refused")));
        var tooMany = SmtpAnswer.ofReply("421 4.7.0 too many connections, try later");
        // A day of failed tries and more: still RETRYING, at the longest delay.
        for (var answer : new SmtpAnswer[] {noConnection, tooMany}) {
            var outcome = Failures.refusedForNow(backoff, claimed(1, 500), answer);
            assertEquals("RETRYING", outcome.state());
            assertEquals(Backoff.MAX_DELAY.toSeconds(), outcome.retryInSeconds());
            assertTrue(outcome.counted());
        }
        var tried = Failures.refusedForNow(backoff, claimed(1, 2), noConnection);
        assertEquals(120, tried.retryInSeconds(), "the third attempt waits 4·30 s");
        var untried = Failures.notTried(claimed(2, 0), noConnection, tried.retryInSeconds());
        assertEquals("RETRYING", untried.state());
        assertEquals(120, untried.retryInSeconds(), "the rest of the batch waits as long as the one tried");
        assertFalse(untried.counted(), "a row that was not tried is not an attempt");
        assertTrue(untried.answer().startsWith("no connection"), untried.answer());
    }

    @Test
    void aMessageThatCannotBePreparedFailsOnlyWhenItNeverCan() {
        var backoff = new Backoff(Duration.ofSeconds(30));
        var message = claimed(3, 0);
        for (var never : new Exception[] {new OutboxComposer.Missing("nothing"), new OutboxComposer.Gone("update 9 deleted"),
                new IllegalArgumentException("No monthly update 9"), new AddressException("Illegal address", "a@@b"),
                new MessagingException("wrapped", new AddressException("Illegal address"))}) {
            var outcome = Failures.notPrepared(backoff, message, never);
            assertEquals("FAILED", outcome.state(), never.toString());
            assertTrue(outcome.answer().startsWith("not prepared: "), outcome.answer());
        }
        for (var transientError : new Exception[] {
                new jakarta.persistence.PersistenceException(new SQLTransientConnectionException("connection reset")),
                new jakarta.persistence.QueryTimeoutException("timed out"),
                new RuntimeException(new SQLTimeoutException("lock wait timeout")),
                new IllegalStateException("the pool is exhausted")}) {
            var outcome = Failures.notPrepared(backoff, message, transientError);
            assertEquals("RETRYING", outcome.state(), transientError.toString());
            assertEquals(30, outcome.retryInSeconds());
            assertTrue(outcome.counted());
        }
    }

    private static ClaimedMessage claimed(long id, int attempts) {
        return new ClaimedMessage(id, "test:" + id, MailStream.NOTICE, 7L, "someone@example.org",
                org.civicportal.platform.i18n.Language.EN, "test/rules", "update", "9", null, null, null, null,
                "<x@test>", attempts);
    }

    @Test
    void anAnswerIsKeptToWhatLastAnswerHolds() {
        assertEquals(SmtpAnswer.TEXT_LIMIT, SmtpAnswer.ofReply("550 " + "x".repeat(900)).text().length());
    }

    @Test
    void aLeaseIsHeldUntilItsLengthLessTheMarginAndRenewedBeforeThat() {
        var now = new AtomicLong(0);
        var lease = new Lease(Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(5), now::get);
        assertEquals(60, lease.begin());
        assertTrue(lease.held());
        assertFalse(lease.dueForRenewal());
        now.set(5 * SECOND);
        assertTrue(lease.dueForRenewal(), "renewed every 5 s while the batch is sent");
        now.set(50 * SECOND - 1);
        assertTrue(lease.held());
        now.set(50 * SECOND);
        assertFalse(lease.held(), "10 s before the database's lease ends this node sends nothing more");
        lease.begin();
        assertTrue(lease.held(), "a renewal holds it again");
        assertThrows(IllegalArgumentException.class,
                () -> new Lease(Duration.ofSeconds(10), Duration.ofSeconds(6), Duration.ofSeconds(5), now::get));
    }

    @Test
    void theRatePacesMessagesEvenlyAndZeroMeansUnlimited() {
        var now = new AtomicLong(0);
        var rate = new SendingRate(4, now::get);
        assertEquals(0, rate.take());
        assertEquals(SECOND / 4, rate.take());
        assertEquals(2 * SECOND / 4, rate.take());
        now.set(10 * SECOND);
        assertEquals(0, rate.take(), "no burst saved up while idle");
        var unlimited = new SendingRate(0, now::get);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, unlimited.take());
        }
    }

    @Test
    void storedHeadersAreReadBack() {
        var headers = OutboxDispatcher.headers("{\"List-Unsubscribe\":\"<https://x/u?t=1>\","
                + "\"List-Unsubscribe-Post\":\"List-Unsubscribe=One-Click\"}");
        assertEquals("<https://x/u?t=1>", headers.get("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", headers.get("List-Unsubscribe-Post"));
        assertTrue(OutboxDispatcher.headers(null).isEmpty());
    }
}
