package io.tenantcrm.core.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs and checks webhook requests after the Standard Webhooks scheme (standardwebhooks.com), so receivers can use
 * its libraries: HMAC-SHA256 over {@code <id>.<timestamp>.<body>} with the endpoint's secret, sent as
 * {@code webhook-signature: v1,<base64>} next to {@code webhook-id} and {@code webhook-timestamp} (seconds). The
 * timestamp is signed too, so a captured request cannot be replayed later than the receiver's tolerance.
 */
public final class WebhookSignature {

    /** Secrets are shown as {@code whsec_<base64 of 32 random bytes>}. */
    public static final String SECRET_PREFIX = "whsec_";
    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private final byte[] key;

    private WebhookSignature(byte[] key) {
        this.key = key;
    }

    /** The signer for a secret as shown to the tenant ({@code whsec_...}). */
    public static WebhookSignature withSecret(String secret) {
        Objects.requireNonNull(secret, "secret");
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            return new WebhookSignature(Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is whsec_ and Base64", e);
        }
    }

    /** A fresh secret, as shown to the tenant once. */
    public static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The {@code webhook-signature} value for a message. */
    public String sign(String id, Instant timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestamp.getEpochSecond() + "." + body)
                    .getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Whether a received request is ours: one of its space-separated signatures matches (constant-time compare) and
     * its timestamp is within {@code tolerance} of {@code now}.
     */
    public boolean verifies(String id, String timestampHeader, String signatureHeader, String body, Instant now,
                            Duration tolerance) {
        if (id == null || timestampHeader == null || signatureHeader == null || body == null) {
            return false;
        }
        Instant timestamp;
        try {
            timestamp = Instant.ofEpochSecond(Long.parseLong(timestampHeader.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
        if (Duration.between(timestamp, now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        byte[] expected = sign(id, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        for (String presented : signatureHeader.strip().split(" +")) {
            if (MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }
}
