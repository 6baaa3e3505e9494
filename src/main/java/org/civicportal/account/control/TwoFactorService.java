package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.control.AccountEvents.RecoveryCodeUsed;
import org.civicportal.account.control.AccountEvents.RecoveryCodesReplaced;
import org.civicportal.account.control.AccountEvents.TwoFactorCodeReused;
import org.civicportal.account.control.AccountEvents.TwoFactorEnrolled;
import org.civicportal.account.control.AccountEvents.TwoFactorReset;
import org.civicportal.platform.persistence.UtcInstantConverter;

/**
 * The commands of two-factor sign-in: enrol, check a code or a recovery code, make new recovery codes, and
 * (staff) reset. A TOTP code is accepted for the current 30-second step or one step either side (clocks
 * drift), and only for a step later than the last one accepted, so a code seen over someone's shoulder or
 * replayed from a recording does not work twice (RFC 6238 section 5.2). The row is locked while it is
 * checked, so two requests with the same code cannot both pass.
 */
@ApplicationScoped
public class TwoFactorService {

    /** What a code typed at the second step turned out to be. */
    public enum Verdict {
        ACCEPTED, RECOVERY_CODE_ACCEPTED, ALREADY_USED, WRONG, NOT_ENROLLED
    }

    /** An enrolled account's state, for /me. */
    public record Status(Instant enrolledAt, int recoveryCodesLeft) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TwoFactorSecrets secrets;

    @Inject
    Event<Object> events;

    Clock clock = Clock.systemUTC();

    public Optional<Status> status(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.enrolled_at, (SELECT COUNT(*) FROM two_factor_recovery_code c "
                + "WHERE c.account_id = t.account_id AND c.used_at IS NULL) FROM two_factor t WHERE t.account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(r -> new Status(UtcInstantConverter.fromColumn(r[0]),
                ((Number) r[1]).intValue()));
    }

    public boolean isEnrolled(long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM two_factor WHERE account_id = ?1").setParameter(1, accountId)
                .getResultList().isEmpty();
    }

    /**
     * Enrols with the secret the enrolment page showed, once the person proves their app has it by typing a
     * code from it. Returns the ten recovery codes (to show once), empty when the code is not the app's.
     * An account already enrolled (a second tab) keeps its secret.
     */
    @Transactional
    public Optional<List<String>> enrol(long accountId, byte[] secret, String code) {
        var step = matchingStep(secret, code, Long.MIN_VALUE);
        if (step.isEmpty() || isEnrolled(accountId)) {
            return Optional.empty();
        }
        // Two tabs confirming at once both find no row; the second insert waits for the first and then adds
        // nothing (IGNORE: no duplicate-key error, whatever the driver counts as found rows), so that tab is
        // told two-factor is already on.
        var at = clock.instant();
        var added = em.createNativeQuery("INSERT IGNORE INTO two_factor (account_id, secret, enrolled_at, last_step) "
                + "VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, accountId).setParameter(2, secrets.seal(accountId, secret))
                .setParameter(3, UtcInstantConverter.utc(at)).setParameter(4, step.getAsLong())
                .executeUpdate();
        if (added == 0) {
            return Optional.empty();
        }
        var codes = replaceRecoveryCodes(accountId);
        // Whoever enrols first owns the second factor: the account's owner is told (AccountMails).
        events.fire(new TwoFactorEnrolled(accountId, at));
        return Optional.of(codes);
    }

    /** The second step of a sign-in: a code from the app, or one of the recovery codes. */
    @Transactional
    public Verdict verify(long accountId, String typed) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT secret, last_step FROM two_factor WHERE account_id = ?1 FOR UPDATE")
                .setParameter(1, accountId).getResultList();
        if (rows.isEmpty()) {
            return Verdict.NOT_ENROLLED;
        }
        if (RecoveryCodes.looksLikeOne(typed)) {
            return useRecoveryCode(accountId, typed) ? Verdict.RECOVERY_CODE_ACCEPTED : Verdict.WRONG;
        }
        var secret = secrets.open(accountId, (byte[]) rows.get(0)[0]);
        var lastStep = ((Number) rows.get(0)[1]).longValue();
        var step = matchingStep(secret, typed, lastStep);
        if (step.isPresent()) {
            em.createNativeQuery("UPDATE two_factor SET last_step = ?2 WHERE account_id = ?1").setParameter(1, accountId)
                    .setParameter(2, step.getAsLong()).executeUpdate();
            return Verdict.ACCEPTED;
        }
        if (matchingStep(secret, typed, Long.MIN_VALUE).isEmpty()) {
            return Verdict.WRONG;
        }
        // A code seen by someone else, typed after its owner (or a recording replayed): the owner is mailed in
        // this transaction (AccountMails), at most once an hour.
        events.fire(new TwoFactorCodeReused(accountId, clock.instant()));
        return Verdict.ALREADY_USED;
    }

    /** New recovery codes (the old ones stop working), for a signed-in person who types a code from the app. */
    @Transactional
    public Optional<List<String>> newRecoveryCodes(long accountId, String code) {
        if (RecoveryCodes.looksLikeOne(code) || verify(accountId, code) != Verdict.ACCEPTED) {
            return Optional.empty();
        }
        var codes = replaceRecoveryCodes(accountId);
        events.fire(new RecoveryCodesReplaced(accountId, clock.instant()));
        return Optional.of(codes);
    }

    /**
     * Staff, for a person who lost their phone: the secret and recovery codes go, the person's sessions end
     * (their credentials generation moves on) and they enrol again at their next sign-in.
     */
    @Transactional
    public boolean reset(long staffId, long accountId) {
        var removed = em.createNativeQuery("DELETE FROM two_factor WHERE account_id = ?1").setParameter(1, accountId)
                .executeUpdate();
        if (removed == 0) {
            return false;
        }
        em.createNativeQuery("UPDATE account SET credentials_generation = credentials_generation + 1 WHERE id = ?1")
                .setParameter(1, accountId).executeUpdate();
        events.fire(new TwoFactorReset(staffId, accountId));
        return true;
    }

    private List<String> replaceRecoveryCodes(long accountId) {
        em.createNativeQuery("DELETE FROM two_factor_recovery_code WHERE account_id = ?1").setParameter(1, accountId)
                .executeUpdate();
        var codes = RecoveryCodes.generate();
        for (var code : codes) {
            var salt = RecoveryCodes.salt();
            em.createNativeQuery("INSERT INTO two_factor_recovery_code (account_id, salt, code_hash) VALUES (?1, ?2, ?3)")
                    .setParameter(1, accountId).setParameter(2, salt).setParameter(3, RecoveryCodes.hash(salt, code))
                    .executeUpdate();
        }
        return codes;
    }

    private boolean useRecoveryCode(long accountId, String typed) {
        @SuppressWarnings("unchecked")
        List<Object[]> unused = em.createNativeQuery("SELECT id, salt, code_hash FROM two_factor_recovery_code "
                + "WHERE account_id = ?1 AND used_at IS NULL").setParameter(1, accountId).getResultList();
        for (var row : unused) {
            if (MessageDigest.isEqual((byte[]) row[2], RecoveryCodes.hash((byte[]) row[1], typed))) {
                em.createNativeQuery("UPDATE two_factor_recovery_code SET used_at = ?2 WHERE id = ?1")
                        .setParameter(1, row[0]).setParameter(2, UtcInstantConverter.utc(clock.instant())).executeUpdate();
                events.fire(new RecoveryCodeUsed(accountId, ((Number) row[0]).longValue(), unused.size() - 1));
                return true;
            }
        }
        return false;
    }

    /** The step (now, or one either side) whose code was typed, if it is later than {@code after}. */
    private java.util.OptionalLong matchingStep(byte[] secret, String typed, long after) {
        var code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("\\d{6}")) {
            return java.util.OptionalLong.empty();
        }
        var now = Totp.stepOf(clock.instant());
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > after && MessageDigest.isEqual(Totp.codeAt(secret, step).getBytes(), code.getBytes())) {
                return java.util.OptionalLong.of(step);
            }
        }
        return java.util.OptionalLong.empty();
    }
}
