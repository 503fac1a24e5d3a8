package io.tenantcrm.persistence.secrets;

import io.tenantcrm.core.shared.TenantId;

import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The deployment's master key (AES-256, configured as Base64 in {@code crm.secrets.master-key}): it only wraps the
 * tenants' data keys and never leaves the service's memory. Losing it loses every sealed secret; changing it needs
 * the data keys re-wrapped (docs/operations.md).
 */
public final class MasterKey {

    public static final String CONFIG_KEY = "crm.secrets.master-key";

    private final SecretKey key;

    private MasterKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public static MasterKey fromBase64(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(CONFIG_KEY + " must be Base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException(CONFIG_KEY + " must be 32 bytes (256 bits) in Base64, not "
                    + bytes.length);
        }
        return new MasterKey(bytes);
    }

    /** A new master key, as Base64: for a fresh installation. */
    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The tenant's data key, wrapped with the tenant bound in. */
    String wrap(byte[] dataKey, TenantId tenant, SecureRandom random) {
        return Sealing.seal(key, dataKey, "data-key|" + tenant.value(), random);
    }

    byte[] unwrap(String wrapped, TenantId tenant) throws AEADBadTagException {
        return Sealing.open(key, wrapped, "data-key|" + tenant.value());
    }

    @Override
    public String toString() {
        return "MasterKey[hidden]";
    }
}
