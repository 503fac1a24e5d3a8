package io.tenantcrm.service;

import io.tenantcrm.core.tenant.CrmRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-tenant configuration through MicroProfile Config on real Payara: a tenant's value shows on its very next
 * request and never for another tenant; defaults come from microprofile-config.properties; the domain obeys.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantConfigIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @Test
    void a_tenants_setting_applies_to_it_at_once_and_never_to_another() throws Exception {
        ApiClient api = new ApiClient(base);
        HttpResponse<String> signedUp = api.send("POST", "api/v1/signup", null, "{\"slug\": \"soylent\", "
                + "\"companyName\": \"Soylent Foods\", \"adminEmail\": \"sol@soylent.test\", \"adminFirstName\":"
                + " \"Sol\", \"adminLastName\": \"Roth\", \"adminPassword\": \"soylent-1\"}");
        assertThat(signedUp.statusCode()).as(signedUp.body()).isIn(200, 201);
        String soylent = ServiceUnderTest.shared().stack().accessToken("sol@soylent.test", "soylent-1");
        String acme = ApiClient.token(CrmRole.TENANT_ADMIN, true);

        HttpResponse<String> defaults = api.get("api/v1/admin/settings", soylent);
        assertThat(defaults.body()).contains("\"crm.health.red-after\":\"P14D\"").contains("\"own\":{}");
        var kinds = new com.fasterxml.jackson.databind.ObjectMapper().readTree(defaults.body()).get("kinds");
        assertThat(kinds.get("crm.health.red-after").get("type").asText()).as("a fitting input").isEqualTo("duration");
        assertThat(kinds.get("crm.duplicates.on-intake").get("type").asText()).isEqualTo("choice");
        assertThat(kinds.get("crm.duplicates.on-intake").get("options").toString())
                .isEqualTo("[\"block\",\"warn\",\"allow\"]");

        for (String redAfter : new String[] {"P20D", "P9D", "P30D"}) {
            HttpResponse<String> set = api.send("PUT", "api/v1/admin/settings/crm.health.red-after", soylent,
                    "{\"value\": \"" + redAfter + "\"}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
            for (int i = 0; i < 5; i++) {
                assertThat(api.get("api/v1/admin/settings", soylent).body())
                        .contains("\"crm.health.red-after\":\"" + redAfter + "\"");
                assertThat(api.get("api/v1/admin/settings", acme).body())
                        .as("another tenant keeps the default").contains("\"crm.health.red-after\":\"P14D\"")
                        .doesNotContain(redAfter);
            }
        }

        String lead = "{\"source\": \"email\", \"contact\": {\"personName\": \"Ann Lee\", \"email\": \"ann@lee.test\"},"
                + " \"country\": \"SG\"}";
        assertThat(api.send("POST", "api/v1/leads", soylent, lead).statusCode()).isEqualTo(201);
        assertThat(api.send("PUT", "api/v1/admin/settings/crm.lead.required-fields", soylent,
                "{\"value\": \"country,product-interest\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = api.send("POST", "api/v1/leads", soylent, lead);
        assertThat(refused.statusCode()).as("the intake policy follows the setting").isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"productInterest\"");
        assertThat(api.send("POST", "api/v1/leads", acme, lead).statusCode()).isEqualTo(201);
    }

    /** Another instance changes a setting: this one keeps settings in memory, and hears of it at the commit. */
    @Test
    void a_setting_written_by_another_instance_shows_here_within_a_moment() throws Exception {
        ApiClient api = new ApiClient(base);
        ServiceUnderTest service = ServiceUnderTest.shared();
        io.tenantcrm.launcher.SeededTenant umbrella = service.umbrella();
        io.tenantcrm.launcher.DemoUser user = umbrella.user(CrmRole.TENANT_ADMIN);
        String admin = service.stack().accessToken(user.email(), user.password());
        assertThat(api.get("api/v1/admin/settings", admin).body()).as("read once, now in memory")
                .contains("\"crm.sla.first-response\":\"PT30M\"");

        service.writeTenantSetting(umbrella.id(), "crm.sla.first-response", "PT45M");

        long until = System.nanoTime() + 1_000_000_000L;
        String settings = api.get("api/v1/admin/settings", admin).body();
        while (!settings.contains("PT45M") && System.nanoTime() < until) {
            Thread.sleep(20);
            settings = api.get("api/v1/admin/settings", admin).body();
        }
        assertThat(settings).contains("\"crm.sla.first-response\":\"PT45M\"");
        HttpResponse<String> back = api.send("PUT", "api/v1/admin/settings/crm.sla.first-response", admin,
                "{\"value\": \"PT30M\"}");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    }
}
