package org.civicportal.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP 2023), through Jakarta Security's own implementation;
 * its default of 2,048 iterations is far too few for today's hardware.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Compared against when no account matches, so unknown emails take as long as known ones. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(PARAMETERS);
        var random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = pbkdf2.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as {@link #matches} and always fails. */
    public boolean matchesNothing(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
        return false;
    }
}
