package io.tenantcrm.service;

import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.persistence.tenant.JdbcTenantData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A tenant's admin exports everything and deletes the tenant, on real Payara, PostgreSQL and Keycloak: afterwards
 * nobody of it can sign in or call, no row is left, other tenants work on; the export restores the data exactly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantLifecycleApiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @Test
    void an_admin_exports_then_deletes_the_tenant_and_the_export_restores_its_data() throws Exception {
        ApiClient api = new ApiClient(base);
        var stack = ServiceUnderTest.shared().stack();
        HttpResponse<String> signedUp = api.send("POST", "api/v1/signup", null, "{\"slug\": \"wayne\", "
                + "\"companyName\": \"Wayne Trading\", \"adminEmail\": \"lucius@wayne.test\", \"adminFirstName\":"
                + " \"Lucius\", \"adminLastName\": \"Fox\", \"adminPassword\": \"wayne-1\"}");
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(201);
        String admin = stack.accessToken("lucius@wayne.test", "wayne-1");
        assertThat(api.send("POST", "api/v1/admin/users", admin, "{\"email\": \"selina@wayne.test\", \"firstName\":"
                + " \"Selina\", \"lastName\": \"Kyle\", \"roles\": [\"sales-rep\"], \"initialPassword\": \"sel-1\"}")
                .statusCode()).isEqualTo(201);
        String deal = api.newDeal(stack.accessToken("selina@wayne.test", "sel-1"), """
                {"source": "email", "contact": {"personName": "Ivy Green", "email": "ivy@green.test"},
                 "country": "US", "productInterest": "orchids"}""", "Orchids");

        HttpResponse<String> tenant = api.get("api/v1/admin/tenant", admin);
        assertThat(tenant.body()).contains("\"slug\":\"wayne\"").contains("\"status\":\"ACTIVE\"");
        String tenantId = tenant.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> export = api.get("api/v1/admin/tenant/export", admin);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("wayne-");
        assertThat(export.body()).startsWith("{\"format\":\"tenant-crm-archive/1\"").contains(deal)
                .contains("ivy@green.test").contains("selina@wayne.test").doesNotContain("sel-1");
        assertThat(api.get("api/v1/admin/tenant/export", ApiClient.token(CrmRole.SALES_REP, true)).statusCode())
                .as("reps do not export").isEqualTo(403);

        HttpResponse<String> unconfirmed = api.send("POST", "api/v1/admin/tenant/deletion", admin,
                "{\"confirm\": \"acme\"}");
        assertThat(unconfirmed.statusCode()).isEqualTo(422);
        assertThat(unconfirmed.body()).contains("\"field\":\"confirm\"").contains("'wayne'");
        assertThat(api.get("api/v1/deals/" + deal, admin).statusCode()).as("nothing deleted").isEqualTo(200);

        HttpResponse<String> deleted = api.send("POST", "api/v1/admin/tenant/deletion", admin,
                "{\"confirm\": \"wayne\"}");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.body()).contains("\"peopleRemoved\":2").contains("\"verifiedEmpty\":true");

        assertThat(api.get("api/v1/ping", admin).statusCode()).as("a token issued before").isEqualTo(403);
        assertThatThrownBy(() -> stack.accessToken("selina@wayne.test", "sel-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(api.get("api/v1/ping", ApiClient.token(CrmRole.SALES_REP, true)).statusCode()).isEqualTo(200);
        JdbcTenantData data = new JdbcTenantData(stack.appDataSource(), Clock.systemUTC());
        assertThat(data.rowCount(io.tenantcrm.core.shared.TenantId.of(tenantId))).isZero();

        // what an operator does with a backup: the rows come back exactly (people live in Keycloak, not here)
        data.restore(new ByteArrayInputStream(export.body().getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        data.export(io.tenantcrm.core.shared.TenantId.of(tenantId), List.of(), again);
        assertThat(tablesOf(again.toString(StandardCharsets.UTF_8))).isEqualTo(tablesOf(export.body()));
    }

    /** The archive's data part: the tenant row and every table (not when it was made, nor the people). */
    private static String tablesOf(String archive) {
        String tenantRow = archive.substring(archive.indexOf("\"tenant\":"), archive.indexOf(",\"people\":"));
        return tenantRow + archive.substring(archive.indexOf("\"tables\":"));
    }
}
