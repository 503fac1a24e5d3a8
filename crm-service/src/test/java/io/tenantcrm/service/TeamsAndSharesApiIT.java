package io.tenantcrm.service;

import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.launcher.DemoUser;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees what inside a tenant, over HTTP on real Payara, PostgreSQL and Keycloak: a manager sees their team's
 * records (the seeded acme manager leads the seeded rep, not the second rep); a rep sees what is shared with them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamsAndSharesApiIT {

    @ArquillianResource
    URL base;

    ApiClient api;
    String admin;
    String manager;
    String rep;
    String colleague;
    String managerId;
    String repId;
    String colleagueId;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void people() throws Exception {
        api = new ApiClient(base);
        ServiceUnderTest service = ServiceUnderTest.shared();
        admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        manager = ApiClient.token(CrmRole.SALES_MANAGER, true);
        rep = ApiClient.token(CrmRole.SALES_REP, true);
        DemoUser second = service.secondAcmeRep();
        colleague = service.stack().accessToken(second.email(), second.password());
        managerId = api.userId(admin, service.acme().user(CrmRole.SALES_MANAGER).email());
        repId = api.userId(admin, service.acme().user(CrmRole.SALES_REP).email());
        colleagueId = api.userId(admin, second.email());
    }

    @Test
    void a_manager_sees_the_deals_of_their_team_and_no_one_elses() throws Exception {
        String colleaguesDeal = newDeal(colleague);
        assertThat(api.get("api/v1/deals/" + colleaguesDeal, manager).statusCode())
                .as("the second rep is not in the manager's team").isEqualTo(404);
        assertThat(api.get("api/v1/forecast?by=owner", manager).body()).doesNotContain(colleagueId);
        try {
            HttpResponse<String> team = setTeam(repId, colleagueId);
            assertThat(team.statusCode()).as(team.body()).isEqualTo(200);
            assertThat(team.body()).contains(repId).contains(colleagueId);

            assertThat(api.get("api/v1/deals/" + colleaguesDeal, manager).statusCode()).isEqualTo(200);
            assertThat(api.get("api/v1/forecast?by=owner", manager).body()).contains(colleagueId);
            assertThat(api.get("api/v1/reports/process-health?rep=team", manager).body()).contains(colleagueId);
            assertThat(api.get("api/v1/admin/teams", admin).body()).contains(managerId).contains(colleagueId);
        } finally {
            assertThat(setTeam(repId).statusCode()).isEqualTo(200);
        }
        assertThat(api.get("api/v1/deals/" + colleaguesDeal, manager).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/reports/process-health?rep=" + colleagueId, manager).statusCode())
                .isEqualTo(403);
    }

    @Test
    void everyone_sees_their_colleagues_by_name_and_a_manager_the_people_of_their_team() throws Exception {
        HttpResponse<String> everyone = api.get("api/v1/people", rep);
        assertThat(everyone.statusCode()).as(everyone.body()).isEqualTo(200);
        assertThat(everyone.body()).contains(managerId).contains(repId).contains(colleagueId).contains("\"name\":\"");

        HttpResponse<String> team = api.get("api/v1/people?scope=mine", manager);
        assertThat(team.statusCode()).as(team.body()).isEqualTo(200);
        assertThat(team.body()).as("the manager and the rep they lead").contains(managerId).contains(repId)
                .doesNotContain(colleagueId).doesNotContain("\"inMyScope\":false");
        assertThat(api.get("api/v1/people?scope=mine", rep).body()).contains(repId).doesNotContain(managerId);
        assertThat(api.get("api/v1/people?scope=mine", admin).body()).contains(colleagueId).contains(managerId);

        HttpResponse<String> wrong = api.get("api/v1/people?scope=team", rep);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("\"field\":\"scope\"");
        String globexRep = ApiClient.token(CrmRole.SALES_REP, false);
        assertThat(api.get("api/v1/people", globexRep).body()).as("another tenant's people")
                .doesNotContain(repId).doesNotContain(managerId);
    }

    @Test
    void search_finds_by_name_email_or_phone_digits_only_what_the_caller_may_see() throws Exception {
        String company = "Zhejiang Flange " + System.nanoTime();
        HttpResponse<String> account = api.send("POST", "api/v1/accounts", colleague,
                "{\"name\": \"" + company + "\", \"country\": \"CN\"}");
        assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
        String accountId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(account.body())
                .get("id").asText();
        HttpResponse<String> contact = api.send("POST", "api/v1/accounts/" + accountId + "/contacts", colleague,
                "{\"name\": \"Zhou Min\", \"email\": \"zhou.min@zjflange.test\", \"phone\": \"+86 571 8812 3456\"}");
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(201);
        String q = java.net.URLEncoder.encode(company.toLowerCase(java.util.Locale.ROOT),
                java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<String> own = api.get("api/v1/search?q=" + q, colleague);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("\"type\":\"account\"").contains(accountId).contains(company);
        assertThat(api.get("api/v1/search?q=8812%2034", colleague).body()).as("by the phone's digits")
                .contains("\"type\":\"contact\"").contains("Zhou Min").contains(company);
        assertThat(api.get("api/v1/search?q=zjflange", admin).body()).as("an admin sees everyone's")
                .contains("Zhou Min");
        assertThat(api.get("api/v1/search?q=" + q, rep).body()).as("another rep's account").isEqualTo("[]");
        assertThat(api.get("api/v1/search?q=zjflange", manager).body()).as("not in the manager's team")
                .isEqualTo("[]");
        assertThat(api.get("api/v1/search?q=zjflange", ApiClient.token(CrmRole.TENANT_ADMIN, false)).body())
                .as("another tenant").isEqualTo("[]");
        HttpResponse<String> tooShort = api.get("api/v1/search?q=z", rep);
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("\"field\":\"q\"");
    }

    @Test
    void teams_are_led_by_managers_and_made_of_the_tenants_people() throws Exception {
        HttpResponse<String> repAsManager = api.send("PUT", "api/v1/admin/teams/" + repId, admin,
                "{\"members\": [\"" + colleagueId + "\"]}");
        assertThat(repAsManager.statusCode()).isEqualTo(422);
        assertThat(repAsManager.body()).contains("\"field\":\"manager\"");

        HttpResponse<String> stranger = setTeam(repId, "no-such-person");
        assertThat(stranger.statusCode()).isEqualTo(422);
        assertThat(stranger.body()).contains("\"field\":\"members\"").contains("no-such-person");
        assertThat(setTeam(managerId).statusCode()).as("a manager in their own team").isEqualTo(422);
        assertThat(api.send("PUT", "api/v1/admin/teams/" + managerId, admin, "{\"members\": 7}").statusCode())
                .isEqualTo(400);
        assertThat(api.get("api/v1/admin/teams/" + managerId, admin).body()).contains(repId)
                .doesNotContain(colleagueId);

        String globexAdmin = ApiClient.token(CrmRole.TENANT_ADMIN, false);
        assertThat(api.get("api/v1/admin/teams/" + managerId, globexAdmin).statusCode())
                .as("another tenant's manager").isEqualTo(404);
        assertThat(api.send("PUT", "api/v1/admin/teams/" + managerId, globexAdmin, "{\"members\": []}")
                .statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/admin/teams", manager).statusCode()).isEqualTo(403);
    }

    @Test
    void a_shared_deal_is_seen_and_worked_by_the_colleague_until_the_share_is_taken_away() throws Exception {
        String deal = newDeal(rep);
        assertThat(api.get("api/v1/deals/" + deal, colleague).statusCode()).isEqualTo(404);
        assertThat(api.send("PUT", "api/v1/shares/deals/" + deal + "/" + colleagueId, colleague, null).statusCode())
                .as("who cannot see it cannot share it").isEqualTo(404);

        HttpResponse<String> shared = api.send("PUT", "api/v1/shares/deals/" + deal + "/" + colleagueId, rep, null);
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
        assertThat(shared.body()).contains("\"sharedBy\":\"" + repId + "\"");

        assertThat(api.get("api/v1/deals/" + deal, colleague).statusCode()).isEqualTo(200);
        HttpResponse<String> logged = api.send("POST", "api/v1/activities", colleague, "{\"type\": \"call\", "
                + "\"about\": [{\"type\": \"deal\", \"id\": \"" + deal + "\"}], \"summary\": \"Covered for Rita\"}");
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        assertThat(api.send("PUT", "api/v1/shares/deals/" + deal + "/" + managerId, colleague, null).statusCode())
                .as("a share is not passed on").isEqualTo(403);
        assertThat(api.get("api/v1/shares/deals/" + deal, rep).body()).contains(colleagueId);

        String globexRep = ApiClient.token(CrmRole.SALES_REP, false);
        assertThat(api.send("PUT", "api/v1/shares/deals/" + deal + "/" + colleagueId, globexRep, null).statusCode())
                .isEqualTo(404);
        String globexAdmin = ApiClient.token(CrmRole.TENANT_ADMIN, false);
        String globexRepId = api.userId(globexAdmin,
                ServiceUnderTest.shared().globex().user(CrmRole.SALES_REP).email());
        HttpResponse<String> outside = api.send("PUT", "api/v1/shares/deals/" + deal + "/" + globexRepId, rep, null);
        assertThat(outside.statusCode()).as("someone of another tenant").isEqualTo(422);
        assertThat(outside.body()).contains("\"field\":\"user\"");

        assertThat(api.send("DELETE", "api/v1/shares/deals/" + deal + "/" + colleagueId, rep, null).statusCode())
                .isEqualTo(204);
        assertThat(api.get("api/v1/deals/" + deal, colleague).statusCode()).isEqualTo(404);
        assertThat(api.send("DELETE", "api/v1/shares/deals/" + deal + "/" + colleagueId, rep, null).statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> setTeam(String... members) throws Exception {
        String list = members.length == 0 ? "" : "\"" + String.join("\", \"", members) + "\"";
        return api.send("PUT", "api/v1/admin/teams/" + managerId, admin, "{\"members\": [" + list + "]}");
    }

    private String newDeal(String token) throws Exception {
        return api.newDeal(token, """
                {"source": "email", "contact": {"personName": "Ines Duarte", "email": "ines@duarte.pt"},
                 "country": "PT", "productInterest": "pumps"}""", "Pumps");
    }
}
