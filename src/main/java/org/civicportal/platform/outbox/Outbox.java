package org.civicportal.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.mail.OutgoingMail;
import org.civicportal.platform.persistence.UtcInstantConverter;

/**
 * Where features put the email they send. Called inside the business transaction (MANDATORY), so a message
 * exists if and only if what caused it committed; the dispatcher sends it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_message (message_key, stream, campaign, account_id, "
            + "recipient, language, template, composer, params, subject, text_body, html_body, headers, message_id, "
            + "state, next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
            + "'PENDING', ?15, ?15) ON DUPLICATE KEY UPDATE id = id";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalSettings settings;

    Clock clock = Clock.systemUTC();

    /** Queues a rendered message; a message with the same key already queued is kept as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Envelope envelope, OutgoingMail mail) {
        var headers = Json.createObjectBuilder();
        mail.headers().forEach(headers::add);
        insert(envelope, mail.to(), null, null, mail.subject(), mail.text(), mail.html(),
                mail.headers().isEmpty() ? null : headers.build().toString());
    }

    /** Queues a message that {@code composer} renders at sending time from {@code params}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueComposed(Envelope envelope, String to, String composer, String params) {
        insert(envelope, to, composer, params, null, null, null, null);
    }

    /**
     * Queues one composed message to each account {@code accountIds} selects, in one INSERT … SELECT: for news to
     * more people than a request should load or render (a chain's followers). Each row's key is
     * {@code keyPrefix} + the account id; its recipient and language are the account's; {@code composer}
     * renders it at sending time from {@code params} and the row's account. As with {@link #queue}, a key already
     * queued is kept as it is.
     *
     * @param accountIds a SELECT of one column, the account ids, with {@code ?} for its parameters (no quoted
     *                   question marks), e.g. "SELECT account_id FROM chain_follower WHERE decision_id = ?"
     * @return how many rows were queued
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int queueComposedToAccounts(String keyPrefix, MailStream stream, String campaign, String template,
            String composer, String params, String accountIds, Object... selectParams) {
        if (keyPrefix.length() > 170) {
            throw new IllegalArgumentException("The key prefix leaves no room for the account id: " + keyPrefix);
        }
        var select = new StringBuilder();
        int n = 8;
        for (char c : accountIds.toCharArray()) {
            if (c == '?') {
                select.append('?').append(++n);
            } else {
                select.append(c);
            }
        }
        var host = java.net.URI.create(settings.baseUrl()).getHost();
        // The Message-ID as MessageIds.of writes it: the first 16 bytes of the key's SHA-256, in hex.
        var query = em.createNativeQuery("INSERT INTO outbox_message (message_key, stream, campaign, account_id, "
                + "recipient, language, template, composer, params, message_id, state, next_attempt_at, created_at) "
                + "SELECT CONCAT(?1, a.id), ?2, ?3, a.id, a.email, a.language, ?4, ?5, ?6, "
                + "CONCAT('<', LEFT(SHA2(CONCAT(?1, a.id), 256), 32), '.outbox@', ?7, '>'), 'PENDING', ?8, ?8 "
                + "FROM account a WHERE a.id IN (" + select + ") ON DUPLICATE KEY UPDATE id = outbox_message.id")
                .setParameter(1, keyPrefix).setParameter(2, stream.name()).setParameter(3, campaign)
                .setParameter(4, template).setParameter(5, composer).setParameter(6, params)
                .setParameter(7, host == null ? "localhost" : host)
                .setParameter(8, UtcInstantConverter.utc(clock.instant()));
        for (int i = 0; i < selectParams.length; i++) {
            query.setParameter(9 + i, selectParams[i]);
        }
        return query.executeUpdate();
    }

    /** Pauses a campaign: its rows not yet sent wait until {@link #resume}. A batch already claimed finishes. */
    @Transactional
    public int pause(String campaign) {
        return move(campaign, "'PENDING', 'RETRYING'", "HELD");
    }

    @Transactional
    public int resume(String campaign) {
        return move(campaign, "'HELD'", "PENDING");
    }

    /** Cancels what a campaign has not sent yet; sent rows stay as the record of who received it. */
    @Transactional
    public int cancel(String campaign) {
        return move(campaign, "'PENDING', 'RETRYING', 'HELD'", "CANCELLED");
    }

    /** How many of a campaign's rows are in each state (states with none are absent). */
    public Map<String, Long> progress(String campaign) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT state, COUNT(*) FROM outbox_message WHERE campaign = ?1 "
                + "GROUP BY state").setParameter(1, campaign).getResultList();
        var counts = new TreeMap<String, Long>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private int move(String campaign, String from, String to) {
        return em.createNativeQuery("UPDATE outbox_message SET state = ?2 WHERE campaign = ?1 AND state IN (" + from
                + ")").setParameter(1, campaign).setParameter(2, to).executeUpdate();
    }

    private void insert(Envelope envelope, String to, String composer, String params, String subject, String text,
            String html, String headers) {
        var now = UtcInstantConverter.utc(clock.instant());
        em.createNativeQuery(INSERT).setParameter(1, envelope.key()).setParameter(2, envelope.stream().name())
                .setParameter(3, envelope.campaign()).setParameter(4, envelope.accountId()).setParameter(5, to)
                .setParameter(6, envelope.language().code()).setParameter(7, envelope.template())
                .setParameter(8, composer).setParameter(9, params).setParameter(10, subject).setParameter(11, text)
                .setParameter(12, html).setParameter(13, headers)
                .setParameter(14, MessageIds.of(envelope.key(), settings.baseUrl())).setParameter(15, now)
                .executeUpdate();
    }

    /**
     * Cancels one account's messages not sent yet whose campaign or key starts with {@code prefix}, e.g. "update:" or "decision/progress:42:": what a resident
     * who leaves a list must no longer receive. Found through ix_outbox_account; called inside the transaction
     * that takes them off the list.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelUnsent(long accountId, String prefix) {
        var like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createNativeQuery("UPDATE outbox_message SET state = 'CANCELLED' WHERE account_id = ?1 "
                + "AND state IN ('PENDING', 'RETRYING', 'HELD') AND (campaign LIKE ?2 OR message_key LIKE ?2)").setParameter(1, accountId).setParameter(2, like).executeUpdate();
    }
}
