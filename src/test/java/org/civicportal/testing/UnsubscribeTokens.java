package org.civicportal.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Unsubscribe tokens signed as the portal signs the ones in its mails, for tests that open the link. */
public final class UnsubscribeTokens {

    private UnsubscribeTokens() {
    }

    /** The token of one list ("update", or "chain:" + decision id) for one account. */
    public static String token(long accountId, String list) {
        var payload = accountId + ":" + list;
        return b64(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64(sign(secret(), payload));
    }

    /** The first 16 bytes of the HMAC-SHA256 of the payload. */
    public static byte[] sign(byte[] key, String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal's key; created here if the portal has not needed it yet (it then reads this one). */
    private static byte[] secret() {
        try (var connection = TestServers.connect()) {
            var random = new byte[32];
            new SecureRandom().nextBytes(random);
            try (var insert = connection.prepareStatement("INSERT IGNORE INTO signing_key (name, secret, created_at) "
                    + "VALUES ('unsubscribe', ?, UTC_TIMESTAMP(6))")) {
                insert.setBytes(1, random);
                insert.executeUpdate();
            }
            try (var select = connection.prepareStatement("SELECT secret FROM signing_key WHERE name = 'unsubscribe'");
                    var rows = select.executeQuery()) {
                rows.next();
                return rows.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
