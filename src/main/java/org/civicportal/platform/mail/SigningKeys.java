package org.civicportal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.civicportal.platform.persistence.UtcInstantConverter;

/**
 * Secrets the portal generates once and keeps in the database (table signing_key), so they survive restarts
 * and every node of a cluster uses the same one. The first node to need a key creates it; a node that loses the
 * race reads the winner's.
 */
@ApplicationScoped
public class SigningKeys {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    SigningKeys self;

    /** The key named {@code name}, 32 random bytes. */
    public byte[] key(String name) {
        return keys.computeIfAbsent(name, n -> self.loadOrCreate(n)).clone();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] loadOrCreate(String name) {
        var secret = new byte[32];
        random.nextBytes(secret);
        em.createNativeQuery("INSERT INTO signing_key (name, secret, created_at) VALUES (?1, ?2, ?3) "
                + "ON DUPLICATE KEY UPDATE name = name").setParameter(1, name).setParameter(2, secret)
                .setParameter(3, UtcInstantConverter.utc(Instant.now())).executeUpdate();
        return (byte[]) em.createNativeQuery("SELECT secret FROM signing_key WHERE name = ?1").setParameter(1, name)
                .getSingleResult();
    }
}
