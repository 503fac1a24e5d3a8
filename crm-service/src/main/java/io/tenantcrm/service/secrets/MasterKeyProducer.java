package io.tenantcrm.service.secrets;

import io.tenantcrm.persistence.secrets.MasterKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's master key from {@code crm.secrets.master-key}: required (no default), so a service without it
 * does not deploy, and a malformed one fails where it is first needed with a message naming the key.
 */
@ApplicationScoped
public class MasterKeyProducer {

    @Inject
    @ConfigProperty(name = MasterKey.CONFIG_KEY)
    String masterKey;

    @Produces
    @Singleton
    MasterKey masterKey() {
        return MasterKey.fromBase64(masterKey);
    }
}
