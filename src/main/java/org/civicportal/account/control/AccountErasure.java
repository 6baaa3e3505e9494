package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.civicportal.account.control.PrivacyEvents.AccountErased;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.security.AttemptLimiter;
import org.civicportal.platform.security.AttemptRule;
import org.civicportal.platform.security.PasswordHasher;
import org.civicportal.platform.security.Role;

/**
 * "Delete my account" (GDPR article 17). In one transaction: checks the password, fires
 * {@link AccountErased} so every feature removes or anonymises its own rows of the account, then deletes the
 * account row itself (name, email, password hash, preferences and consent live only there; roles and tokens
 * go with it). Every session of the account ends at its next request, on every node: the account's credentials
 * generation no longer exists (OutdatedSessionFilter), and the erasing session is invalidated by the page.
 * <p>
 * An account holding the OFFICIAL or STAFF role is refused: what it did in the city's name (answers, decisions,
 * hours recorded) stays attributed, so staff remove the roles first, knowingly. A former official whose acts
 * are still on record is refused by the database itself (those keys are RESTRICT, see V18): the transaction
 * rolls back and the page says so.
 */
@ApplicationScoped
public class AccountErasure {

    private static final Logger LOG = Logger.getLogger(AccountErasure.class.getName());

    /** Wrong passwords on the erasure page, per account: the fifth within 15 minutes waits, like sign-in. */
    public static final AttemptRule ERASE_PASSWORD =
            new AttemptRule("ERASE_ACCOUNT", 5, java.time.Duration.ofMinutes(15));

    /** The attempt kinds whose subject is an email (or starts with one): their rows name the person. */
    private static final String EMAIL_SUBJECT_KINDS = "'" + String.join("','",
            AccountAttemptRule.SIGN_IN_EMAIL.name(), AccountAttemptRule.SIGN_IN_LINK_EMAIL.name(),
            AccountAttemptRule.REGISTER_EMAIL.name(), AccountAttemptRule.RESET_EMAIL.name()) + "'";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AttemptLimiter limiter;

    @Inject
    Event<AccountErased> erased;

    /** Why an erasure did not happen. */
    public enum Refusal { WRONG_PASSWORD, THROTTLED, HOLDS_ROLE }

    /** The erasure was refused; nothing changed. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final Refusal reason;

        public Refused(Refusal reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /**
     * Checks the password; a wrong one is counted (the attempt log writes in a transaction of its own, so the
     * count survives the refusal's rollback) and the sixth within the window is refused whatever it is.
     */
    public void checkPassword(long accountId, String password) {
        var subject = "account:" + accountId;
        if (limiter.blockedUntil(ERASE_PASSWORD, subject).isPresent()) {
            throw new Refused(Refusal.THROTTLED);
        }
        var account = em.find(Account.class, accountId);
        if (account == null || password == null || !hasher.matches(password, account.getPasswordHash())) {
            limiter.record(ERASE_PASSWORD, subject);
            throw new Refused(Refusal.WRONG_PASSWORD);
        }
    }

    /**
     * Erases the account: its rows in every feature are handled by the observers of {@link AccountErased}, in
     * this transaction, before the account row goes. Throws {@link Refused} for an official or staff member.
     */
    @Transactional
    public void erase(long accountId, String password, boolean removeInputs) {
        checkPassword(accountId, password);
        var account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        var roles = em.createNativeQuery("SELECT role FROM account_role WHERE account_id = ?1")
                .setParameter(1, accountId).getResultList();
        if (roles.contains(Role.OFFICIAL.name()) || roles.contains(Role.STAFF.name())) {
            throw new Refused(Refusal.HOLDS_ROLE);
        }
        var email = account.getEmail();
        erased.fire(new AccountErased(accountId, removeInputs));
        // Throttling rows name the email: kept, they would outlive the account it protected.
        em.createNativeQuery("DELETE FROM auth_attempt WHERE (kind IN (" + EMAIL_SUBJECT_KINDS + ") AND subject = ?1) "
                + "OR (kind = ?2 AND subject LIKE ?3) OR (kind = ?4 AND subject = ?5)")
                .setParameter(1, email).setParameter(2, AccountAttemptRule.SIGN_IN_PAIR.name())
                .setParameter(3, email.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + " %")
                .setParameter(4, ERASE_PASSWORD.name()).setParameter(5, "account:" + accountId).executeUpdate();
        em.createNativeQuery("DELETE FROM account_token WHERE account_id = ?1").setParameter(1, accountId).executeUpdate();
        em.createNativeQuery("DELETE FROM account_role WHERE account_id = ?1").setParameter(1, accountId).executeUpdate();
        em.remove(account);
        em.flush();
        LOG.info(() -> "Erased account " + accountId + (removeInputs ? " with its unsupported inputs" : ""));
    }
}
