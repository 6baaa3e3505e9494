package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.entity.Account;
import org.civicportal.decision.control.DecisionService;
import org.civicportal.platform.mail.ListUnsubscribe;
import org.civicportal.platform.mail.ListUnsubscribe.Subscription;
import org.civicportal.platform.outbox.Outbox;
import org.civicportal.platform.persistence.UtcInstantConverter;

/**
 * Which bulk email a resident receives: the monthly update and the news of each chain they follow. Both the
 * one-click unsubscribe (where the signed token names the account) and /me (where the session does) end here;
 * following itself stays the decision feature's ({@link DecisionService#follow}).
 */
@ApplicationScoped
public class MailPreferences {

    /** /me lists this many followed chains a page, newest first (a page must not grow with the table). */
    public static final int CHAINS_SHOWN = 100;

    /** The monthly update's rows: campaign "update:{id}" (and key "update:{id}:account:{id}"). */
    public static final String UPDATE_ROWS = "update:";

    /** What an unsubscribe link leaves: whose address, which list, and whether it is still on it. */
    public record Target(long accountId, String maskedEmail, String list, Long decisionId, String chainTitle,
            boolean subscribed) {
    }

    /** A chain the resident follows, for /me. */
    public record FollowedChain(long decisionId, String title, Instant since) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DecisionService decisions;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    /** What the link is about, or empty when its account no longer exists. */
    public Optional<Target> target(Subscription subscription) {
        var account = em.find(Account.class, subscription.accountId());
        if (account == null) {
            return Optional.empty();
        }
        var masked = mask(account.getEmail());
        if (ListUnsubscribe.MONTHLY_UPDATE.equals(subscription.list())) {
            return Optional.of(new Target(account.getId(), masked, subscription.list(), null, null,
                    account.isMonthlyUpdateOptIn()));
        }
        long decisionId = decisionOf(subscription.list());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.title, f.following FROM decision d "
                + "LEFT JOIN chain_follower f ON f.decision_id = d.id AND f.account_id = ?2 WHERE d.id = ?1")
                .setParameter(1, decisionId).setParameter(2, account.getId()).getResultList();
        // A chain that was removed has nothing left to send: it is shown without a title, and leaving it is a no-op.
        var title = rows.isEmpty() ? null : (String) rows.get(0)[0];
        boolean following = !rows.isEmpty() && isTrue(rows.get(0)[1]);
        return Optional.of(new Target(account.getId(), masked, subscription.list(), decisionId, title, following));
    }

    /**
     * Takes the account off the list; true when done or already off, false when the account no longer exists.
     * Idempotent: a mail client that posts twice, or a resident who clicks again, changes nothing more.
     */
    @Transactional
    public boolean unsubscribe(Subscription subscription) {
        var account = em.find(Account.class, subscription.accountId(), LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return false;
        }
        if (ListUnsubscribe.MONTHLY_UPDATE.equals(subscription.list())) {
            account.setMonthlyUpdateOptIn(false, clock.instant());
            outbox.cancelUnsent(account.getId(), UPDATE_ROWS);
        } else {
            stopFollowing(account.getId(), decisionOf(subscription.list()));
        }
        return true;
    }

    /**
     * Stops following a chain. Only the chain's row of this account changes; a chain the account never
     * followed, or one that no longer exists, stays as it is. Its news queued for the account and not sent yet
     * is cancelled with it ({@link DecisionService#follow}).
     */
    @Transactional
    public void stopFollowing(long accountId, long decisionId) {
        if (!em.createNativeQuery("SELECT 1 FROM chain_follower WHERE decision_id = ?1 AND account_id = ?2 "
                + "AND following = TRUE").setParameter(1, decisionId).setParameter(2, accountId).getResultList()
                .isEmpty()) {
            decisions.follow(decisionId, accountId, false);
        }
    }

    /** /me's page of followed chains: the account (?1), after the chain (?2), one more than a page. */
    public static final String CHAIN_PAGE = "SELECT d.id, d.title, f.since FROM chain_follower f "
            + "FORCE INDEX (ix_chain_follower_account) STRAIGHT_JOIN decision d ON d.id = f.decision_id "
            + "WHERE f.account_id = ?1 AND f.following = TRUE AND f.decision_id < ?2 "
            + "ORDER BY f.decision_id DESC LIMIT " + (CHAINS_SHOWN + 1);

    /** One page of followed chains and, when there are more, the id the next page starts after. */
    public record ChainPage(List<FollowedChain> chains, Long nextAfter) implements Serializable {
    }

    /**
     * The chains the account follows, newest chain first, {@link #CHAINS_SHOWN} a page, the page after the chain
     * {@code afterDecisionId} (null: the first). One query, read in order from ix_chain_follower_account (InnoDB
     * appends the primary key's decision_id to it) and stopped at the page's end (keyset, never an offset); forced
     * and joined in that order, or MariaDB may walk the decisions backwards instead, which grows with the table.
     */
    public ChainPage followedChains(long accountId, Long afterDecisionId) {
        var query = em.createNativeQuery(CHAIN_PAGE).setParameter(1, accountId)
                .setParameter(2, afterDecisionId == null ? Long.MAX_VALUE : afterDecisionId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        var chains = rows.stream().limit(CHAINS_SHOWN).map(r -> new FollowedChain(((Number) r[0]).longValue(),
                (String) r[1], UtcInstantConverter.fromColumn(r[2]))).toList();
        return new ChainPage(chains, rows.size() > CHAINS_SHOWN ? chains.get(chains.size() - 1).decisionId() : null);
    }

    /** "m•••@example.org": enough for its owner to recognise, not enough to harvest from a forwarded link. */
    static String mask(String email) {
        var at = email.lastIndexOf('@');
        if (at <= 0) {
            return "•••";
        }
        return email.charAt(0) + "•••" + email.substring(at);
    }

    private static long decisionOf(String list) {
        return Long.parseLong(list.substring("chain:".length()));
    }

    private static boolean isTrue(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n && n.intValue() != 0;
    }
}
