package io.tenantcrm.service;

import io.tenantcrm.core.tenant.CrmRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A tenant admin manages their people through the API; Keycloak (real, local) is where the change lands. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersApiIT {

    @ArquillianResource
    URL base;

    ApiClient api;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    private static String idOf(String body) {
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return id.group(1);
    }

    @Test
    void an_admin_invites_promotes_and_deactivates_a_rep() throws Exception {
        String admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        HttpResponse<String> invited = api.send("POST", "api/v1/admin/users", admin,
                "{\"email\": \"wile@acme.test\", \"firstName\": \"Wile\", \"lastName\": \"Coyote\","
                        + " \"roles\": [\"sales-rep\"], \"initialPassword\": \"wile-1\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(invited.body()).contains("\"roles\":[\"sales-rep\"]").contains("\"active\":true");
        String wile = idOf(invited.body());

        assertThat(api.get("api/v1/admin/users", admin).body()).contains("wile@acme.test");
        HttpResponse<String> asRep = api.get("api/v1/ping", stack().accessToken("wile@acme.test", "wile-1"));
        assertThat(asRep.body()).contains("sales-rep").doesNotContain("sales-manager");

        HttpResponse<String> promoted = api.send("PUT", "api/v1/admin/users/" + wile + "/roles", admin,
                "{\"roles\": [\"sales-manager\"]}");
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        HttpResponse<String> asManager = api.get("api/v1/ping", stack().accessToken("wile@acme.test", "wile-1"));
        assertThat(asManager.body()).contains("sales-manager").doesNotContain("sales-rep");

        HttpResponse<String> deactivated = api.send("POST", "api/v1/admin/users/" + wile + "/deactivate", admin, null);
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(deactivated.body()).contains("\"active\":false");
        assertThatThrownBy(() -> stack().accessToken("wile@acme.test", "wile-1"))
                .hasMessageContaining("refused");

        HttpResponse<String> back = api.send("POST", "api/v1/admin/users/" + wile + "/reactivate", admin, null);
        assertThat(back.body()).contains("\"active\":true");
        assertThat(stack().accessToken("wile@acme.test", "wile-1")).isNotBlank();

        HttpResponse<String> reset = api.send("POST", "api/v1/admin/users/" + wile + "/password-reset", admin, null);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        // the old password alone no longer signs in: Keycloak asks for a new one first
        assertThatThrownBy(() -> stack().accessToken("wile@acme.test", "wile-1"))
                .hasMessageContaining("not fully set up");
    }

    @Test
    void another_tenants_people_are_invisible_and_the_last_admin_stays() throws Exception {
        String acmeAdmin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        String acmeAdminId = api.userId(acmeAdmin, ServiceUnderTest.shared().acme().user(CrmRole.TENANT_ADMIN).email());
        String globexAdmin = ApiClient.token(CrmRole.TENANT_ADMIN, false);

        assertThat(api.get("api/v1/admin/users/" + acmeAdminId, globexAdmin).statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "api/v1/admin/users/" + acmeAdminId + "/deactivate", globexAdmin, null)
                .statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/admin/users", globexAdmin).body()).doesNotContain("@acme.test");

        HttpResponse<String> demoted = api.send("PUT", "api/v1/admin/users/" + acmeAdminId + "/roles", acmeAdmin,
                "{\"roles\": [\"sales-rep\"]}");
        assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(422);
        assertThat(demoted.body()).contains("no active admin left");
        assertThat(api.send("POST", "api/v1/admin/users/" + acmeAdminId + "/deactivate", acmeAdmin, null)
                .statusCode()).isEqualTo(422);
        assertThat(api.get("api/v1/ping", ApiClient.token(CrmRole.TENANT_ADMIN, true)).body())
                .contains("tenant-admin");
    }

    @Test
    void bad_invitations_name_the_field_and_reps_may_not_manage_people() throws Exception {
        String admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        HttpResponse<String> bad = api.send("POST", "api/v1/admin/users", admin,
                "{\"email\": \"not-an-email\", \"firstName\": \"X\", \"lastName\": \"Y\", \"roles\": [\"sales-rep\"]}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"email\"");
        HttpResponse<String> role = api.send("POST", "api/v1/admin/users", admin,
                "{\"email\": \"z@acme.test\", \"firstName\": \"X\", \"lastName\": \"Y\", \"roles\": [\"emperor\"]}");
        assertThat(role.statusCode()).isEqualTo(422);
        assertThat(role.body()).contains("\"field\":\"roles\"");

        assertThat(api.get("api/v1/admin/users", ApiClient.token(CrmRole.SALES_REP, true)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void someone_leaves_after_their_work_is_handed_over() throws Exception {
        String admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        HttpResponse<String> invited = api.send("POST", "api/v1/admin/users", admin,
                "{\"email\": \"leaving@acme.test\", \"firstName\": \"Lee\", \"lastName\": \"Ving\","
                        + " \"roles\": [\"sales-rep\"], \"initialPassword\": \"leaving-1\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String leaving = idOf(invited.body());
        String leaverToken = stack().accessToken("leaving@acme.test", "leaving-1");
        String deal = api.newDeal(leaverToken, """
                {"source": "trade_show", "contact": {"personName": "Ola Berg", "email": "ola@berg.no"},
                 "country": "NO", "productInterest": "valves"}""", "Valves for Berg");

        HttpResponse<String> refused = api.send("DELETE", "api/v1/admin/users/" + leaving, admin, null);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"openWork\"").contains("1 deal").contains("1 account")
                .contains("deal/" + deal);

        String successor = api.userId(admin, ServiceUnderTest.shared().acme().user(CrmRole.SALES_REP).email());
        HttpResponse<String> noReason = api.send("POST", "api/v1/admin/users/" + leaving + "/handover", admin,
                "{\"to\": \"" + successor + "\"}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        HttpResponse<String> handedOver = api.send("POST", "api/v1/admin/users/" + leaving + "/handover", admin,
                "{\"to\": \"" + successor + "\", \"reason\": \"Lee leaves the company\"}");
        assertThat(handedOver.statusCode()).as(handedOver.body()).isEqualTo(200);
        assertThat(handedOver.body()).contains("\"deal\":1").contains("\"account\":1").contains("\"task\":");

        String otherAdmin = ApiClient.token(CrmRole.TENANT_ADMIN, false);
        assertThat(api.send("DELETE", "api/v1/admin/users/" + leaving, otherAdmin, null).statusCode())
                .as("another tenant's admin").isEqualTo(404);
        assertThat(api.send("DELETE", "api/v1/admin/users/" + leaving, admin, null).statusCode()).isEqualTo(204);
        assertThat(api.get("api/v1/admin/users/" + leaving, admin).statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> stack().accessToken("leaving@acme.test", "leaving-1"))
                .isInstanceOf(IllegalStateException.class);
        HttpResponse<String> dealNow = api.get("api/v1/deals/" + deal, ApiClient.token(CrmRole.SALES_REP, true));
        assertThat(dealNow.statusCode()).as("the successor works the deal").isEqualTo(200);
        assertThat(dealNow.body()).contains("\"owner\":\"" + successor + "\"");

        String self = api.userId(admin, ServiceUnderTest.shared().acme().user(CrmRole.TENANT_ADMIN).email());
        assertThat(api.send("DELETE", "api/v1/admin/users/" + self, admin, null).statusCode()).isEqualTo(422);
    }

    private static io.tenantcrm.launcher.LocalStack stack() {
        return ServiceUnderTest.shared().stack();
    }
}
