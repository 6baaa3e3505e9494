package org.civicportal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.civicportal.platform.config.PortalSettings;

/**
 * RFC 8058 one-click unsubscribe: the headers every bulk message carries, and the signed token in their link.
 * The token names the account and the list and is signed with a key of the portal (HMAC-SHA-256); it does not
 * expire, because an old message must still let its reader leave. It is the only credential the one-click POST
 * needs: no session, no CSRF token.
 */
@ApplicationScoped
public class ListUnsubscribe {

    /** The monthly update. */
    public static final String MONTHLY_UPDATE = "update";
    private static final String KEY = "unsubscribe";
    private static final Pattern LIST = Pattern.compile("update|chain:[1-9][0-9]{0,18}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Who leaves which list. */
    public record Subscription(long accountId, String list) {
    }

    @Inject
    SigningKeys keys;

    @Inject
    PortalSettings settings;

    /** The news of one chain (decision) to its followers. */
    public static String chain(long decisionId) {
        return "chain:" + decisionId;
    }

    /** List-Unsubscribe and List-Unsubscribe-Post for a message of {@code list} to {@code accountId}. */
    public Map<String, String> headers(long accountId, String list) {
        return Map.of("List-Unsubscribe", "<" + link(accountId, list) + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    /** The link, also shown at the foot of the message. */
    public String link(long accountId, String list) {
        return settings.baseUrl() + "/unsubscribe?token=" + URLEncoder.encode(token(accountId, list),
                StandardCharsets.UTF_8);
    }

    public String token(long accountId, String list) {
        if (!LIST.matcher(list).matches()) {
            throw new IllegalArgumentException("Not a list: " + list);
        }
        var payload = (accountId + ":" + list).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The subscription a token names, or empty when it is malformed, altered or forged. */
    public Optional<Subscription> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        var parts = token.split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            var payload = DECODER.decode(parts[0]);
            if (!MessageDigest.isEqual(sign(payload), DECODER.decode(parts[1]))) {
                return Optional.empty();
            }
            var text = new String(payload, StandardCharsets.UTF_8);
            var colon = text.indexOf(':');
            var list = text.substring(colon + 1);
            return colon > 0 && LIST.matcher(list).matches()
                    ? Optional.of(new Subscription(Long.parseLong(text.substring(0, colon)), list))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.key(KEY), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
