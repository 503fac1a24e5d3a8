package io.tenantcrm.service.config;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.tenant.ConfiguredTenants;
import io.tenantcrm.core.tenant.SettingKeys;
import io.tenantcrm.core.tenant.TenantSettings;
import io.tenantcrm.core.testkit.InMemoryCrm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's default settings (microprofile-config.properties) are crm-core's defaults, key for key. */
class TenantDefaultsTest {

    static final TenantId ACME = TenantId.of("acme");

    @Test
    void the_service_defaults_change_nothing_against_crm_cores_own() throws IOException {
        Map<String, String> serviceDefaults = new TreeMap<>();
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            properties.load(in);
        }
        SettingKeys.all().forEach(key -> {
            if (properties.getProperty(key) != null) {
                SettingKeys.check(key, properties.getProperty(key));
                serviceDefaults.put(key, properties.getProperty(key));
            }
        });
        assertThat(serviceDefaults).as("every default is a valid setting").hasSizeGreaterThanOrEqualTo(18);

        ConfiguredTenants withServiceDefaults = tenantsWith(serviceDefaults);
        ConfiguredTenants withCoreDefaults = tenantsWith(Map.of());

        assertThat(withServiceDefaults.health(ACME)).isEqualTo(withCoreDefaults.health(ACME));
        assertThat(withServiceDefaults.processTargets(ACME)).isEqualTo(withCoreDefaults.processTargets(ACME));
        assertThat(withServiceDefaults.leadIntake(ACME)).isEqualTo(withCoreDefaults.leadIntake(ACME));
        assertThat(withServiceDefaults.sla(ACME)).isEqualTo(withCoreDefaults.sla(ACME));
        assertThat(withServiceDefaults.duplicates(ACME)).isEqualTo(withCoreDefaults.duplicates(ACME));
    }

    private static ConfiguredTenants tenantsWith(Map<String, String> values) {
        return new ConfiguredTenants(new InMemoryCrm().pipelines(), new TenantSettings() {
            @Override
            public Map<String, String> of(TenantId tenant) {
                return values;
            }

            @Override
            public void put(TenantId tenant, String key, String value) {
                throw new UnsupportedOperationException("read only");
            }
        });
    }
}
