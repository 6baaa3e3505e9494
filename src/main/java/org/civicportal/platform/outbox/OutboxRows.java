package org.civicportal.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicportal.platform.i18n.Language;

/**
 * The dispatcher's statements on outbox_message, each its own short transaction (the dispatcher runs on a
 * managed thread with none). Times that decide who holds a row (lease_until) and when it is due come from the
 * database's clock, UTC_TIMESTAMP(6), the one clock every node shares.
 */
@ApplicationScoped
public class OutboxRows {

    private static final String SENDABLE = "state IN ('PENDING', 'RETRYING')";
    private static final String CONTENT = "SELECT id, message_key, stream, account_id, recipient, language, template, "
            + "composer, params, subject, text_body, html_body, headers, message_id, attempts FROM outbox_message "
            + "WHERE id IN ";

    /**
     * What became of one message.
     *
     * @param counted whether it was an attempt (false for a row of a batch whose connection failed before it
     *                was tried: it waits like the one tried, but its attempts stay as they were)
     */
    record Outcome(long id, String state, String answer, long retryInSeconds, boolean counted) {

        Outcome(long id, String state, String answer, long retryInSeconds) {
            this(id, state, answer, retryInSeconds, true);
        }
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Claims up to {@code limit} due rows nobody holds — stream by stream, ACCOUNT first, then NOTICE, then BULK
     * (a password reset queued after a 100,000-row update leaves with the next batch), and within a stream
     * retries first (they are few and have waited), then pending rows in the order they became due — writes
     * this node and the lease into them in the same transaction, and returns their content. Each (state, stream)
     * is read along ix_outbox_due_stream in order, so a claim reads about as many index entries as it claims,
     * however many rows wait.
     */
    @Transactional
    public List<ClaimedMessage> claim(String node, int limit, long leaseSeconds) {
        var ids = new ArrayList<Long>();
        for (var stream : MailStream.values()) {
            for (var state : List.of("RETRYING", "PENDING")) {
                if (ids.size() < limit) {
                    ids.addAll(due(state, stream, limit - ids.size()));
                }
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("UPDATE outbox_message SET claimed_by = ?1, lease_until = UTC_TIMESTAMP(6) + INTERVAL ?2 "
                + "SECOND WHERE id IN " + in(ids)).setParameter(1, node).setParameter(2, leaseSeconds).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CONTENT + in(ids)).getResultList();
        // In the claim's order (stream, then due), not by id: the batch is sent in this order.
        var order = new java.util.HashMap<Long, Integer>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        return rows.stream().map(OutboxRows::message).sorted(java.util.Comparator.comparing(m -> order.get(m.id())))
                .toList();
    }

    /** Extends the lease on the rows this node still holds and may send; returns their ids. */
    @Transactional
    public Set<Long> renew(String node, long leaseSeconds, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        em.createNativeQuery("UPDATE outbox_message SET lease_until = UTC_TIMESTAMP(6) + INTERVAL ?2 SECOND "
                + "WHERE id IN " + in(ids) + " AND claimed_by = ?1 AND " + SENDABLE).setParameter(1, node)
                .setParameter(2, leaseSeconds).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> held = em.createNativeQuery("SELECT id FROM outbox_message WHERE id IN " + in(ids)
                + " AND claimed_by = ?1 AND " + SENDABLE).setParameter(1, node).getResultList();
        return held.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /**
     * Records what became of messages in one transaction: SENT (the server's answer, sent_at), RETRYING (due
     * again after the backoff) or FAILED; the row is no longer held. A sent message is marked SENT even if this
     * node lost the row meanwhile: it did leave.
     */
    @Transactional
    public void record(String node, Collection<Outcome> outcomes) {
        var sent = outcomes.stream().filter(o -> o.state().equals("SENT")).toList();
        if (!sent.isEmpty()) {
            markSent(sent);
        }
        for (var o : outcomes) {
            if (o.state().equals("SENT")) {
                continue;
            }
            var sql = switch (o.state()) {
                case "RETRYING" -> "UPDATE outbox_message SET state = 'RETRYING', last_answer = ?2, attempts = attempts + "
                        + (o.counted() ? 1 : 0) + ", "
                        + "next_attempt_at = UTC_TIMESTAMP(6) + INTERVAL ?4 SECOND, claimed_by = NULL, lease_until = NULL "
                        + "WHERE id = ?1 AND claimed_by = ?3 AND " + SENDABLE;
                case "FAILED" -> "UPDATE outbox_message SET state = 'FAILED', last_answer = ?2, attempts = attempts + 1, "
                        + "claimed_by = NULL, lease_until = NULL WHERE id = ?1 AND claimed_by = ?3 AND " + SENDABLE;
                default -> throw new IllegalArgumentException("Not an outcome: " + o.state());
            };
            var query = em.createNativeQuery(sql).setParameter(1, o.id()).setParameter(2, o.answer())
                    .setParameter(3, node);
            if (o.state().equals("RETRYING")) {
                query.setParameter(4, o.retryInSeconds());
            }
            query.executeUpdate();
        }
    }

    /** One statement for a group of sent rows, each with its own answer. */
    private void markSent(List<Outcome> sent) {
        var answers = new StringBuilder("CASE id");
        for (int i = 0; i < sent.size(); i++) {
            answers.append(" WHEN ").append(sent.get(i).id()).append(" THEN ?").append(i + 1);
        }
        var query = em.createNativeQuery("UPDATE outbox_message SET state = 'SENT', sent_at = UTC_TIMESTAMP(6), "
                + "last_answer = " + answers + " END, attempts = attempts + 1, claimed_by = NULL, lease_until = NULL "
                + "WHERE id IN " + in(sent.stream().map(Outcome::id).toList()) + " AND state <> 'SENT'");
        for (int i = 0; i < sent.size(); i++) {
            query.setParameter(i + 1, sent.get(i).answer());
        }
        query.executeUpdate();
    }

    /** A 5xx answer: the row FAILED and its address suppressed (the first answer that suppressed it is kept). */
    @Transactional
    public void failAndSuppress(String node, ClaimedMessage message, String answer) {
        record(node, List.of(new Outcome(message.id(), "FAILED", answer, 0)));
        em.createNativeQuery("INSERT INTO mail_suppression (email, account_id, reason, message_key, suppressed_at) "
                + "VALUES (?1, ?2, ?3, ?4, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE email = email")
                .setParameter(1, message.recipient()).setParameter(2, message.accountId()).setParameter(3, answer)
                .setParameter(4, message.key()).executeUpdate();
    }

    /** Lets go of rows this node claimed but will not send now (it is stopping), so another node may at once. */
    @Transactional
    public void release(String node, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE outbox_message SET claimed_by = NULL, lease_until = NULL WHERE id IN "
                    + in(ids) + " AND claimed_by = ?1").setParameter(1, node).executeUpdate();
        }
    }

    /** Which of these addresses are suppressed (in a transaction: the managed thread has no other context). */
    @Transactional
    public Set<String> suppressed(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        var distinct = List.copyOf(Set.copyOf(emails));
        var marks = new StringBuilder();
        for (int i = 1; i <= distinct.size(); i++) {
            marks.append(i == 1 ? "?" : ", ?").append(i);
        }
        var query = em.createNativeQuery("SELECT email FROM mail_suppression WHERE email IN (" + marks + ")");
        for (int i = 0; i < distinct.size(); i++) {
            query.setParameter(i + 1, distinct.get(i));
        }
        @SuppressWarnings("unchecked")
        List<String> found = query.getResultList();
        return Set.copyOf(found);
    }

    private List<Long> due(String state, MailStream stream, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM outbox_message WHERE state = ?1 AND stream = ?2 "
                + "AND next_attempt_at <= UTC_TIMESTAMP(6) AND (lease_until IS NULL OR lease_until < UTC_TIMESTAMP(6)) "
                + "ORDER BY next_attempt_at, id LIMIT " + limit + " FOR UPDATE SKIP LOCKED").setParameter(1, state)
                .setParameter(2, stream.name()).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** "(1, 2, 3)": ids are numbers, never text. */
    private static String in(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    private static ClaimedMessage message(Object[] r) {
        return new ClaimedMessage(((Number) r[0]).longValue(), (String) r[1], MailStream.valueOf((String) r[2]),
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4],
                Language.fromCode((String) r[5]).orElse(Language.EN), (String) r[6], (String) r[7], (String) r[8],
                (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13], ((Number) r[14]).intValue());
    }
}
