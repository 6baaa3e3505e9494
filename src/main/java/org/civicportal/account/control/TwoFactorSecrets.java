package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.civicportal.platform.mail.SigningKeys;

/**
 * TOTP secrets at rest: AES-256-GCM under the portal's 'two-factor' key, kept like the other generated keys
 * (table signing_key, {@link SigningKeys}), with the account id as associated data. A copy of the
 * two_factor table alone (a dump, a replica read by someone else) does not give anyone the codes; the key
 * lives in another table, so a full database copy does — the point is that the secret is never readable
 * from the row it sits in. A key outside the database (a file or a vault) would be stronger but is one more
 * thing to back up with the data folder; see docs/security.md.
 */
@ApplicationScoped
public class TwoFactorSecrets {

    private static final String KEY_NAME = "two-factor";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    @Inject
    SigningKeys keys;

    public byte[] newSecret() {
        var secret = new byte[Totp.SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    public byte[] seal(long accountId, byte[] secret) {
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        var sealed = run(Cipher.ENCRYPT_MODE, accountId, iv, secret);
        return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    }

    public byte[] open(long accountId, byte[] stored) {
        return run(Cipher.DECRYPT_MODE, accountId, Arrays.copyOf(stored, IV_BYTES),
                Arrays.copyOfRange(stored, IV_BYTES, stored.length));
    }

    private byte[] run(int mode, long accountId, byte[] iv, byte[] input) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(keys.key(KEY_NAME), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(accountId).array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The two-factor secret of account " + accountId + " could not be "
                    + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened"), e);
        }
    }
}
