package org.civicportal.account.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.civicportal.platform.mail.SigningKeys;
import org.junit.jupiter.api.Test;

/**
 * The TOTP secret at rest (ASVS 6.2.1, 6.2.2, 6.2.3, 6.2.6, 8.3.7): standard JCA AES-256-GCM with a fresh 96-bit IV
 * and the account id as associated data, so any change to the stored bytes or a row moved to another account
 * fails as a whole instead of giving a wrong secret.
 */
class TwoFactorSecretsTest {

    private static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 7 + 3);
        }
    }

    private final TwoFactorSecrets secrets = secrets();

    private static TwoFactorSecrets secrets() {
        var secrets = new TwoFactorSecrets();
        secrets.keys = new SigningKeys() {
            @Override
            public byte[] key(String name) {
                assertEquals("two-factor", name);
                return KEY.clone();
            }
        };
        return secrets;
    }

    @Test
    void theStoredFormIsIvThenStandardAes256GcmOverTheSecretWithTheAccountIdAsAssociatedData() throws Exception {
        var secret = secrets.newSecret();
        assertEquals(Totp.SECRET_BYTES, secret.length);
        var stored = secrets.seal(42, secret);
        assertEquals(12 + secret.length + 16, stored.length, "96-bit IV, ciphertext, 128-bit tag");
        assertFalse(contains(stored, secret), "the secret is not readable from the row");

        // An independent JCA decryption with the 256-bit key proves the algorithm, the IV and the associated data.
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY, "AES"),
                new GCMParameterSpec(128, Arrays.copyOf(stored, 12)));
        cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(42).array());
        assertArrayEquals(secret, cipher.doFinal(stored, 12, stored.length - 12));
        assertArrayEquals(secret, secrets.open(42, stored));

        var shortKey = Cipher.getInstance("AES/GCM/NoPadding");
        shortKey.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Arrays.copyOf(KEY, 16), "AES"),
                new GCMParameterSpec(128, Arrays.copyOf(stored, 12)));
        shortKey.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(42).array());
        assertThrows(AEADBadTagException.class, () -> shortKey.doFinal(stored, 12, stored.length - 12),
                "the key is the whole 256 bits, not an AES-128 prefix");
    }

    @Test
    void everyEncryptionOfTheSameSecretHasItsOwnIv() {
        var secret = secrets.newSecret();
        var ivs = new HashSet<String>();
        var sealed = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var stored = secrets.seal(7, secret);
            ivs.add(Arrays.toString(Arrays.copyOf(stored, 12)));
            sealed.add(Arrays.toString(stored));
            assertArrayEquals(secret, secrets.open(7, stored));
        }
        assertEquals(1000, ivs.size(), "no IV is ever reused");
        assertEquals(1000, sealed.size());
    }

    @Test
    void aFlippedBitAnywhereOrAnotherAccountFailsAsAWhole() {
        var secret = secrets.newSecret();
        var stored = secrets.seal(42, secret);
        for (int bit = 0; bit < stored.length * 8; bit++) {
            var tampered = stored.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            var failure = assertThrows(IllegalStateException.class, () -> secrets.open(42, tampered),
                    "bit " + bit + " (IV, ciphertext or tag) changed");
            assertEquals(AEADBadTagException.class, failure.getCause().getClass());
        }
        var elsewhere = assertThrows(IllegalStateException.class, () -> secrets.open(43, stored),
                "a row copied to another account does not open");
        assertEquals(AEADBadTagException.class, elsewhere.getCause().getClass());
        assertThrows(IllegalStateException.class, () -> secrets.open(42, Arrays.copyOf(stored, stored.length - 1)),
                "a cut tag does not open");
        assertArrayEquals(secret, secrets.open(42, stored));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
