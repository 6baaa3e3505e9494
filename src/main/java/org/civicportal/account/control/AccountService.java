package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.control.AccountEvents.PasswordChanged;
import org.civicportal.account.control.AccountEvents.PasswordReset;
import org.civicportal.account.control.AccountEvents.RegistrationAttempted;
import org.civicportal.account.control.AccountEvents.SignInLinkRequested;
import org.civicportal.account.control.AccountEvents.PasswordResetRequested;
import org.civicportal.account.control.AccountEvents.Recipient;
import org.civicportal.account.control.AccountEvents.VerificationRequested;
import org.civicportal.account.control.AccountProblem.Kind;
import org.civicportal.account.entity.Account;
import org.civicportal.account.entity.AccountToken;
import org.civicportal.account.entity.TokenPurpose;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.outbox.Outbox;
import org.civicportal.platform.reference.control.ReferenceData;
import org.civicportal.platform.security.PasswordHasher;
import org.civicportal.platform.security.Role;

/** The rules of accounts: who may register, verify, reset, change and be granted what. */
@ApplicationScoped
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    ReferenceData reference;

    @Inject
    PortalSettings settings;

    @Inject
    Outbox outbox;

    @Inject
    Event<Object> events;

    Clock clock = Clock.systemUTC();

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * Registers a new account, or, when the email is taken, tells its owner instead. The page answers both
     * alike ("check your email"), and both do the same work: the password is hashed either way and the
     * email goes out after commit, off the request thread.
     *
     * @param noticeAllowed false when the taken email's owner was told often enough lately (no inbox flood)
     */
    @Transactional
    public void register(NewAccount request, boolean noticeAllowed) {
        var passwordHash = hasher.hash(request.password());
        var existing = byEmail(request.email());
        if (existing.isPresent()) {
            if (noticeAllowed) {
                events.fire(new RegistrationAttempted(recipient(existing.get())));
            }
            return;
        }
        var account = new Account(request.email(), request.displayName(), passwordHash,
                request.language(), clock.instant());
        account.setDistrict(reference.district(request.districtId()).orElse(null));
        account.setMonthlyUpdateOptIn(request.monthlyUpdates(), clock.instant());
        em.persist(account);
        em.flush();
        sendVerification(account);
    }

    /**
     * Marks the email verified. True also when the link was already used and the address is verified (a
     * reload, or a mail scanner that opened the link first); false when it is unknown or expired.
     */
    @Transactional
    public boolean verifyEmail(String token) {
        var used = useToken(token, TokenPurpose.VERIFY_EMAIL);
        if (used.isPresent()) {
            var account = used.get();
            account.markVerified(clock.instant());
            if (settings.staffEmail().filter(account.getEmail()::equals).isPresent()) {
                account.grant(Role.STAFF);
            }
            return true;
        }
        return token != null && em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", OneTimeTokens.digest(token.strip())).getResultStream()
                .anyMatch(t -> t.getAccount().isVerified());
    }

    @Transactional
    public void resendVerification(long accountId) {
        byId(accountId).filter(a -> !a.isVerified()).ifPresent(this::sendVerification);
    }

    /**
     * Silent when no account has that email, so the answer reveals nothing. Called after the page answered
     * (see ForgottenPassword and {@link UnseenWork}), so the page takes as long whether or not a link goes out.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        byEmail(email).ifPresent(account -> {
            var token = issueToken(account, TokenPurpose.RESET_PASSWORD);
            events.fire(new PasswordResetRequested(recipient(account), token));
        });
    }

    /**
     * "Email me a sign-in link": silent for unknown emails, like a reset. The link signs in once, within
     * 10 minutes, whatever the sign-in throttle says: whoever reads the mailbox holds the account anyway.
     *
     * @param next a same-origin path to return to after signing in, already checked, or null
     */
    @Transactional
    public void requestSignInLink(String email, String next) {
        byEmail(email).ifPresent(account -> {
            var token = issueToken(account, TokenPurpose.SIGN_IN);
            events.fire(new SignInLinkRequested(recipient(account), token, next));
        });
    }

    /** Whether a sign-in link can still be used, to show its page; nothing is used up. */
    /**
     * The email of the account a usable sign-in link opens, so its page can name it: someone could send a
     * resident a link to the sender's own account, and the resident must see whose account they would enter.
     */
    public Optional<String> signInLinkEmail(String token) {
        return usableToken(token, TokenPurpose.SIGN_IN).map(t -> t.getAccount().getEmail());
    }

    /** Whether a reset link can still be used, so its page can say so before anyone types a password. */
    public boolean isUsableResetLink(String token) {
        return isUsable(token, TokenPurpose.RESET_PASSWORD);
    }

    /** Uses a sign-in link: the account it signs in, or empty when unknown, used or expired. */
    @Transactional
    public Optional<Account> useSignInLink(String token) {
        return useToken(token, TokenPurpose.SIGN_IN).map(account -> {
            // Following the link proved the address works.
            account.markVerified(clock.instant());
            return account;
        });
    }

    /**
     * Sets a new password from an emailed link. Every session of the account ends (a new credentials
     * generation), and every other reset or sign-in link stops working. Returns the account's email, or
     * empty when the link is unknown, used or expired.
     */
    @Transactional
    public Optional<String> resetPassword(String token, String newPassword) {
        return useToken(token, TokenPurpose.RESET_PASSWORD).map(account -> {
            account.setPasswordHash(hasher.hash(newPassword));
            // Following the link proved the address works.
            account.markVerified(clock.instant());
            voidLinks(account);
            events.fire(new PasswordReset(recipient(account)));
            return account.getEmail();
        });
    }

    /**
     * Changes the password: every other session of the account ends, and reset and sign-in links sent
     * before stop working. Returns the new credentials generation, for the session that made the change.
     */
    @Transactional
    public int changePassword(long accountId, String currentPassword, String newPassword) {
        var account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountProblem(Kind.CURRENT_PASSWORD_WRONG);
        }
        account.setPasswordHash(hasher.hash(newPassword));
        voidLinks(account);
        events.fire(new PasswordChanged(recipient(account)));
        return account.getCredentialsGeneration();
    }

    private void voidLinks(Account account) {
        for (var purpose : List.of(TokenPurpose.RESET_PASSWORD, TokenPurpose.SIGN_IN)) {
            em.createNamedQuery(AccountToken.USE_ALL).setParameter("now", clock.instant())
                    .setParameter("account", account).setParameter("purpose", purpose)
                    .executeUpdate();
        }
    }

    /** Refused when the profile was saved elsewhere since the form was opened (optimistic lock). */
    @Transactional
    public Account updateProfile(long accountId, ProfileChange change) {
        var account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account.getVersion() != change.version()) {
            throw new AccountProblem(Kind.CHANGED_MEANWHILE);
        }
        account.setDisplayName(change.displayName());
        account.setDistrict(reference.district(change.districtId()).orElse(null));
        account.setLanguage(change.language());
        account.setMonthlyUpdateOptIn(change.monthlyUpdates(), clock.instant());
        if (!change.monthlyUpdates()) {
            // Leaving the update on /me also stops what was queued for them and not sent yet.
            outbox.cancelUnsent(accountId, MailPreferences.UPDATE_ROWS);
        }
        em.flush();
        return account;
    }

    @Transactional
    public void rememberLanguage(long accountId, Language language) {
        byId(accountId).ifPresent(account -> account.setLanguage(language));
    }

    public List<Account> searchPeople(String query, int first, int pageSize) {
        return em.createQuery("SELECT a FROM Account a WHERE a.displayName LIKE :q OR a.email LIKE :q "
                + "ORDER BY a.createdAt DESC, a.id DESC", Account.class)
                .setParameter("q", like(query))
                // roles of the whole page in one query, not one per person
                .setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long countPeople(String query) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.displayName LIKE :q OR a.email LIKE :q",
                Long.class).setParameter("q", like(query)).getSingleResult();
    }

    /** Only staff call this; the page and the caller's role are checked before. */
    @Transactional
    public void setRole(long staffId, long accountId, Role role, boolean granted) {
        if (staffId == accountId && role == Role.STAFF && !granted) {
            throw new AccountProblem(Kind.OWN_STAFF_ROLE);
        }
        var account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account.has(role) == granted) {
            return;
        }
        if (granted) {
            account.grant(role);
        } else {
            account.revoke(role);
        }
        events.fire(new AccountEvents.RoleChanged(accountId, staffId, role, granted));
    }

    private void sendVerification(Account account) {
        var token = issueToken(account, TokenPurpose.VERIFY_EMAIL);
        events.fire(new VerificationRequested(recipient(account), token));
    }

    private String issueToken(Account account, TokenPurpose purpose) {
        var token = OneTimeTokens.generate();
        em.persist(new AccountToken(account, purpose, OneTimeTokens.digest(token), clock.instant()));
        return token;
    }

    private boolean isUsable(String token, TokenPurpose purpose) {
        return usableToken(token, purpose).isPresent();
    }

    private Optional<AccountToken> usableToken(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        var now = clock.instant();
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", OneTimeTokens.digest(token.strip()))
                .getResultStream().filter(t -> t.isUsable(purpose, now)).findFirst();
    }

    /** Locks the token row so two clicks on the same link cannot both succeed. */
    private Optional<Account> useToken(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        var now = clock.instant();
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", OneTimeTokens.digest(token.strip()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .filter(t -> t.isUsable(purpose, now))
                .map(t -> {
                    t.use(now);
                    return t.getAccount();
                });
    }

    private static Recipient recipient(Account account) {
        return new Recipient(account.getId(), account.getEmail(), account.getDisplayName(), account.getLanguage());
    }

    private static String like(String query) {
        var text = query == null ? "" : query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        // A prefix search, so the indexes on display_name and email serve it.
        return text + "%";
    }
}
