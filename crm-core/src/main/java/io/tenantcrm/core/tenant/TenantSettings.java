package io.tenantcrm.core.tenant;

import io.tenantcrm.core.shared.TenantId;

import java.util.Map;

/**
 * Outbound port: a tenant's own settings, as text keyed like configuration ({@code crm.health.red-after=P14D}).
 * {@link SettingKeys} lists the keys and checks values before they are stored.
 */
public interface TenantSettings {

    Map<String, String> of(TenantId tenant);

    void put(TenantId tenant, String key, String value);
}
