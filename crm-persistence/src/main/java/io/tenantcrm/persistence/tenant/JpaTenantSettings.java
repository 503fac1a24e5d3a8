package io.tenantcrm.persistence.tenant;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.tenant.SettingKeys;
import io.tenantcrm.core.tenant.TenantSettings;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/** {@link TenantSettings} on JPA; a value is checked by {@link SettingKeys} before it is stored. */
public class JpaTenantSettings extends TenantScoped implements TenantSettings {

    private final Clock clock;

    public JpaTenantSettings(EntityManagers ems, Clock clock) {
        super(ems);
        this.clock = clock;
    }

    @Override
    public Map<String, String> of(TenantId tenant) {
        Map<String, String> settings = new TreeMap<>();
        em(tenant).createQuery("select s from TenantSettingEntity s", TenantSettingEntity.class)
                .getResultStream().forEach(s -> settings.put(s.key(), s.value()));
        return settings;
    }

    @Override
    public void put(TenantId tenant, String key, String value) {
        SettingKeys.check(key, value);
        EntityManager em = em(tenant);
        TenantSettingEntity row = em.find(TenantSettingEntity.class, key);
        if (row == null) {
            em.persist(new TenantSettingEntity(key, value.strip(), clock.instant()));
        } else {
            row.change(value.strip(), clock.instant());
        }
    }
}
