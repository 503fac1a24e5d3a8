package io.tenantcrm.service;

import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.launcher.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales day end to end on real Payara, PostgreSQL and Keycloak: a rep logs a lead, qualifies and converts it,
 * moves the deal through stages with next steps, wins it; the manager sees the deal's health and the forecast.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesScenarioIT {

    @ArquillianResource
    URL base;

    ApiClient api;

    @org.junit.jupiter.api.BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @Test
    void a_lead_becomes_a_won_deal_and_the_manager_sees_it_coming() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        String manager = ApiClient.token(CrmRole.SALES_MANAGER, true);

        String leadId = field(post("api/v1/leads", rep, null, """
                {"source": "web-form", "contact": {"personName": "Ana Costa", "companyName": "Costa Válvulas Lda",
                 "email": "ana@costa-valvulas.pt"}, "country": "PT", "productInterest": "brass fittings"}"""), "id");

        HttpResponse<String> scored = post("api/v1/leads/" + leadId + "/qualification", rep,
                api.etag("api/v1/leads/" + leadId, rep), """
                {"needClarity": "specs-or-drawings", "buyingStage": "sampling", "volume": "medium",
                 "frequency": "recurring", "requestedPaymentTerms": "letter-of-credit",
                 "requestedTradeTerms": "FOB", "companyType": "distributor"}""");
        assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
        assertThat(scored.body()).contains("\"grade\":\"A\"").contains("\"recommendation\":\"CONVERT_NOW\"")
                .contains("need clarity: needClarity=SPECS_OR_DRAWINGS -> 20/20");

        HttpResponse<String> converted = post("api/v1/leads/" + leadId + "/conversion", rep, null,
                "{\"dealTitle\": \"Brass fittings 2026\", \"amount\": {\"amount\": \"25000\", \"currency\": \"EUR\"},"
                        + " \"nextStep\": {\"action\": \"Send catalogue\", \"due\": \"" + ApiClient.inHours(20) + "\"}}");
        assertThat(converted.statusCode()).as(converted.body()).isEqualTo(201);
        String dealId = dealIdFrom(converted);

        HttpResponse<String> deal = get("api/v1/deals/" + dealId, rep);
        assertThat(deal.statusCode()).isEqualTo(200);
        assertThat(deal.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(deal.body()).contains("\"stage\":\"inquiry\"").contains("\"amount\":\"25000.00\"");

        HttpResponse<String> health = get("api/v1/deals/" + dealId + "/health", manager);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"color\":\"GREEN\"").contains("hours since last activity");

        HttpResponse<String> quoted = post("api/v1/deals/" + dealId + "/stage", rep, "\"1\"",
                "{\"stage\": \"quote\", \"nextStep\": {\"action\": \"Call about the quote\", \"due\": \""
                        + ApiClient.inHours(48) + "\"}}");
        assertThat(quoted.statusCode()).as(quoted.body()).isEqualTo(200);
        assertThat(quoted.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(quoted.body()).contains("Follow up on the quote").contains("\"suggestedFieldsMissing\":[");

        HttpResponse<String> refused = post("api/v1/deals/" + dealId + "/win", rep, "\"2\"", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"paymentTerms\"").contains("is required to enter Order");

        HttpResponse<String> edited = post("api/v1/deals/" + dealId + "/edit", rep, "\"2\"",
                "{\"paymentTerms\": \"letter-of-credit\", \"tradeTerms\": \"FOB\", \"expectedClose\": \"2026-12-15\"}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

        HttpResponse<String> forecast = get("api/v1/forecast?by=close-month", manager);
        assertThat(forecast.statusCode()).as(forecast.body()).isEqualTo(200);
        assertThat(forecast.body()).contains("\"group\":\"2026-12\"").contains("\"currency\":\"EUR\"")
                .contains("\"weighted\":\"10000.00\"");

        HttpResponse<String> process = get("api/v1/reports/process-health", rep);
        assertThat(process.statusCode()).as(process.body()).isEqualTo(200);
        assertThat(process.body()).contains("\"index\":").contains("STAGE_CONVERSION_PERCENT")
                .contains("\"target\":50");
        assertThat(get("api/v1/reports/process-health?rep=someone-else", rep).statusCode()).isEqualTo(403);
        HttpResponse<String> sources = get("api/v1/reports/lead-sources", manager);
        assertThat(sources.statusCode()).as(sources.body()).isEqualTo(200);
        assertThat(sources.body()).contains("\"channel\":\"WEB_FORM\"");
        HttpResponse<String> stalls = get("api/v1/reports/stalls", manager);
        assertThat(stalls.statusCode()).as(stalls.body()).isEqualTo(200);
        assertThat(stalls.body()).contains("\"stage\":\"inquiry\"");
        HttpResponse<String> contributions = get("api/v1/reports/contributions", manager);
        assertThat(contributions.statusCode()).as(contributions.body()).isEqualTo(200);
        assertThat(get("api/v1/reports/stalls?from=yesterday", manager).statusCode()).isEqualTo(422);

        HttpResponse<String> won = post("api/v1/deals/" + dealId + "/win", rep, "\"3\"", null);
        assertThat(won.statusCode()).as(won.body()).isEqualTo(200);
        assertThat(won.body()).contains("\"status\":\"WON\"").contains("\"stage\":\"order\"")
                .contains("Confirm the payment date with the buyer");

        String acme = ServiceUnderTest.shared().acme().id().value();
        HttpResponse<String> metrics = api.get("metrics?scope=application", null);
        assertThat(metrics.body()).containsPattern("crm_deals_won_total\\{[^}]*tenant=\"" + acme + "\"[^}]*} 1")
                .containsPattern("crm_leads_received_total\\{[^}]*source=\"WEB_FORM\"[^}]*tenant=\"" + acme);
    }

    @Test
    void updates_need_the_current_etag() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        String dealId = newDeal(rep);
        String nextStep = "{\"action\": \"Call\", \"due\": \"" + ApiClient.inHours(30) + "\"}";

        assertThat(post("api/v1/deals/" + dealId + "/next-step", rep, null, nextStep).statusCode()).isEqualTo(428);
        assertThat(post("api/v1/deals/" + dealId + "/next-step", rep, "\"7\"", nextStep).statusCode()).isEqualTo(412);
        assertThat(post("api/v1/deals/" + dealId + "/next-step", rep, "\"1\"", nextStep).statusCode()).isEqualTo(200);
        assertThat(post("api/v1/deals/" + dealId + "/next-step", rep, "\"1\"", nextStep).statusCode())
                .as("the first change moved the ETag on").isEqualTo(412);
    }

    @Test
    void roles_and_tenants_are_enforced_per_endpoint() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        String dealId = newDeal(rep);
        String otherTenant = ApiClient.token(CrmRole.TENANT_ADMIN, false);

        assertThat(post("api/v1/deals/" + dealId + "/owner", rep, "\"1\"",
                "{\"owner\": \"someone\", \"reason\": \"why not\"}").statusCode()).isEqualTo(403);
        assertThat(get("api/v1/forecast", rep).statusCode()).isEqualTo(403);
        assertThat(get("api/v1/deals/" + dealId, otherTenant).statusCode()).isEqualTo(404);
        assertThat(get("api/v1/deals/" + dealId + "/health", otherTenant).statusCode()).isEqualTo(404);
        assertThat(post("api/v1/deals/" + dealId + "/win", otherTenant, "\"1\"", null).statusCode()).isEqualTo(404);
        assertThat(post("api/v1/deals/" + dealId + "/lose", otherTenant, "\"1\"",
                "{\"category\": \"price\", \"subReason\": \"budget cut\"}").statusCode()).isEqualTo(404);

        DemoUser colleague = ServiceUnderTest.shared().secondAcmeRep();
        String otherRep = ServiceUnderTest.shared().stack().accessToken(colleague.email(), colleague.password());
        assertThat(get("api/v1/deals/" + dealId, otherRep).statusCode()).as("a rep sees own deals only").isEqualTo(404);
        assertThat(post("api/v1/deals/" + dealId + "/win", otherRep, "\"1\"", null).statusCode()).isEqualTo(404);
        assertThat(get("api/v1/deals/" + dealId, ApiClient.token(CrmRole.SALES_MANAGER, true)).statusCode())
                .as("the manager sees the team's").isEqualTo(200);

        HttpResponse<String> badLoss = post("api/v1/deals/" + dealId + "/lose", rep, "\"1\"",
                "{\"category\": \"price\", \"subReason\": \"the moon\"}");
        assertThat(badLoss.statusCode()).isEqualTo(422);
        assertThat(badLoss.body()).contains("\"field\":\"lossReason.subReason\"");
        assertThat(get("api/v1/deals/" + dealId, rep).headers().firstValue("ETag")).contains("\"1\"");
    }

    private String newDeal(String token) throws Exception {
        return api.newDeal(token, """
                {"source": "email", "contact": {"personName": "Jan Nowak", "email": "jan@nowak.pl"},
                 "country": "PL", "productInterest": "seals"}""", "Seals");
    }

    private static String dealIdFrom(HttpResponse<String> converted) {
        return ApiClient.dealIdFrom(converted);
    }

    private static String field(HttpResponse<String> response, String name) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return api.get(path, token);
    }

    private HttpResponse<String> post(String path, String token, String ifMatch, String json) throws Exception {
        return api.send("POST", path, token, json == null ? "{}" : json, "If-Match", ifMatch);
    }
}
