package io.tenantcrm.service.security;

import io.tenantcrm.core.tenant.IntakeKey;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * The intake key a public intake request was admitted with, if any: for that request the key's tenant is the
 * tenant and the key is the actor (see {@link RequestCaller}), so leads taken in through it are checked, scored,
 * assigned and timed exactly like a user's.
 */
@RequestScoped
public class IntakeCaller {

    private IntakeKey key;

    public void admit(IntakeKey admitted) {
        if (key != null) {
            throw new IllegalStateException("a request is admitted once");
        }
        key = admitted;
    }

    public Optional<IntakeKey> key() {
        return Optional.ofNullable(key);
    }
}
