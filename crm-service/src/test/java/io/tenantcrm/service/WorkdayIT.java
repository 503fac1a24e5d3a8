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
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A seller's day over HTTP: log touches, read the timeline, work the task list; an admin tunes a setting. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkdayIT {

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
    void a_call_about_a_deal_lands_on_its_timeline_and_tasks_get_done() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        String deal = newDeal(rep);

        HttpResponse<String> logged = send("POST", "api/v1/activities", rep, "{\"type\": \"call\", \"about\": "
                + "[{\"type\": \"deal\", \"id\": \"" + deal + "\"}], \"summary\": \"Discussed volumes\"}");
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        HttpResponse<String> timeline = send("GET", "api/v1/timeline/deal/" + deal, rep, null);
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(timeline.body()).contains("Discussed volumes").contains("\"type\":\"CALL\"");

        HttpResponse<String> tasks = send("GET", "api/v1/tasks/mine?size=200", rep, null);
        assertThat(tasks.body()).contains("Confirm the need: specs, volume, target price");
        Matcher task = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(tasks.body());
        assertThat(task.find()).isTrue();
        assertThat(send("POST", "api/v1/tasks/" + task.group(1) + "/done", rep, "{}").body())
                .contains("\"status\":\"DONE\"");
        HttpResponse<String> again = send("POST", "api/v1/tasks/" + task.group(1) + "/done", rep, "{}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("the task is already done");
    }

    @Test
    void activities_and_timelines_stay_inside_the_tenant_and_refuse_bad_input() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        String deal = newDeal(rep);
        String other = ApiClient.token(CrmRole.SALES_REP, false);

        HttpResponse<String> foreign = send("POST", "api/v1/activities", other, "{\"type\": \"call\", \"about\": "
                + "[{\"type\": \"deal\", \"id\": \"" + deal + "\"}], \"summary\": \"snooping\"}");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(send("GET", "api/v1/timeline/deal/" + deal, other, null).statusCode()).isEqualTo(404);
        io.tenantcrm.launcher.DemoUser colleague = ServiceUnderTest.shared().secondAcmeRep();
        String colleagueToken = ServiceUnderTest.shared().stack().accessToken(colleague.email(), colleague.password());
        assertThat(send("GET", "api/v1/timeline/deal/" + deal, colleagueToken, null).statusCode())
                .as("another rep's deal").isEqualTo(404);
        assertThat(send("GET", "api/v1/timeline/deal/" + deal, ApiClient.token(CrmRole.SALES_MANAGER, true), null)
                .statusCode()).isEqualTo(200);

        HttpResponse<String> bad = send("POST", "api/v1/activities", rep,
                "{\"type\": \"telepathy\", \"about\": [], \"summary\": \"x\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"type\"");
        HttpResponse<String> future = send("POST", "api/v1/activities", rep, "{\"type\": \"call\", \"about\": [{\"type\":"
                + " \"deal\", \"id\": \"" + deal + "\"}], \"occurredAt\": \"" + Instant.now().plus(Duration.ofDays(1))
                + "\"}");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("\"field\":\"occurredAt\"");
    }

    @Test
    void a_tenant_admin_tunes_a_setting_and_nobody_else_may() throws Exception {
        String admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);

        assertThat(send("PUT", "api/v1/admin/settings/crm.health.green-within", ApiClient.token(CrmRole.SALES_REP, true),
                "{\"value\": \"PT1H\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> set = send("PUT", "api/v1/admin/settings/crm.health.green-within", admin,
                "{\"value\": \"PT96H\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(set.body()).contains("\"crm.health.green-within\":\"PT96H\"");
        HttpResponse<String> bad = send("PUT", "api/v1/admin/settings/crm.health.red-after", admin,
                "{\"value\": \"two weeks\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"crm.health.red-after\"");
        assertThat(send("GET", "api/v1/admin/settings", ApiClient.token(CrmRole.TENANT_ADMIN, false), null).body())
                .doesNotContain("PT96H");
    }

    @Test
    void a_tenant_admin_tunes_the_pipeline_for_the_tenant_only() throws Exception {
        String admin = ApiClient.token(CrmRole.TENANT_ADMIN, false); // globex: acme's scenario keeps the default

        HttpResponse<String> current = send("GET", "api/v1/pipeline", ApiClient.token(CrmRole.SALES_REP, false), null);
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(current.body()).contains("\"id\":\"quote\"").contains("\"probabilityPercent\":40");
        String tuned = current.body().replace("\"probabilityPercent\":40", "\"probabilityPercent\":45");

        assertThat(send("PUT", "api/v1/pipeline", ApiClient.token(CrmRole.SALES_MANAGER, false), tuned).statusCode())
                .isEqualTo(403);
        HttpResponse<String> replaced = send("PUT", "api/v1/pipeline", admin, tuned);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.body()).contains("\"probabilityPercent\":45");
        assertThat(send("GET", "api/v1/pipeline", ApiClient.token(CrmRole.SALES_REP, true), null).body())
                .contains("\"probabilityPercent\":40");

        HttpResponse<String> broken = send("PUT", "api/v1/pipeline", admin,
                tuned.replaceFirst("\"kind\":\"OPEN\"", "\"kind\":\"MAYBE\""));
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("\"field\":\"stages[0].kind\"");
        HttpResponse<String> untitled = send("PUT", "api/v1/pipeline", admin, tuned.replaceFirst(
                "\"tasksOnEntry\":\\[]", "\"tasksOnEntry\":[{\"title\":\"Send samples\",\"dueAfterHours\":48},"
                        + "{\"title\":\" \",\"dueAfterHours\":4}]"));
        assertThat(untitled.statusCode()).isEqualTo(422);
        assertThat(untitled.body()).as("the task at fault named").containsPattern(
                "\"field\":\"stages\\[\\d+]\\.tasksOnEntry\\[1]\\.title\"").contains("\"code\":\"required\"");
    }

    @Test
    void an_account_is_tiered_and_gets_contacts_inside_its_tenant() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        String deal = newDeal(rep);
        Matcher accountId = Pattern.compile("\"accountId\":\"([0-9a-f-]{36})\"")
                .matcher(send("GET", "api/v1/deals/" + deal, rep, null).body());
        assertThat(accountId.find()).isTrue();
        String account = "api/v1/accounts/" + accountId.group(1);

        HttpResponse<String> read = send("GET", account, rep, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).contains("\"1\"");
        HttpResponse<String> edited = api.send("POST", account + "/edit", rep,
                "{\"tier\": \"A\", \"timeZone\": \"Europe/Prague\", \"language\": \"cs\"}", "If-Match", "\"1\"");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(edited.body()).contains("\"tier\":\"A\"").contains("\"timeZone\":\"Europe/Prague\"");
        assertThat(api.send("POST", account + "/edit", rep, "{\"timeZone\": \"Mars/Olympus\"}", "If-Match", "\"2\"")
                .body()).contains("\"field\":\"timeZone\"");

        HttpResponse<String> added = send("POST", account + "/contacts", rep,
                "{\"name\": \"Petr Dvořák\", \"phone\": \"601 555 123\", \"role\": \"quality\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"phone\":\"+420601555123\"");
        assertThat(send("GET", account + "/contacts", rep, null).body()).contains("Petr Dvořák").contains("Eva Novak");

        // Petr's card had a typo; he is the one who decides: corrected at the version read, the email added
        String petr = new com.fasterxml.jackson.databind.ObjectMapper().readTree(added.body()).get("id")
                .asText();
        String petrPath = account + "/contacts/" + petr;
        String correction = "{\"name\": \"Petr Dvořáček\", \"email\": \"petr@gaskets.cz\","
                + " \"phone\": \"601 555 123\", \"role\": \"owner\"}";
        assertThat(api.send("PUT", petrPath, rep, correction).statusCode()).as("no If-Match").isEqualTo(428);
        HttpResponse<String> corrected = api.send("PUT", petrPath, rep, correction, "If-Match",
                added.headers().firstValue("ETag").orElseThrow());
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.body()).contains("\"name\":\"Petr Dvořáček\"").contains("\"email\":\"petr@gaskets.cz\"")
                .contains("\"role\":\"OWNER\"");
        assertThat(api.send("PUT", petrPath, rep, correction, "If-Match", added.headers().firstValue("ETag")
                .orElseThrow()).statusCode()).as("read before the correction").isEqualTo(412);
        HttpResponse<String> badPhone = api.send("PUT", petrPath, rep, "{\"name\": \"Petr\", \"phone\": \"12\"}",
                "If-Match", corrected.headers().firstValue("ETag").orElseThrow());
        assertThat(badPhone.statusCode()).isEqualTo(422);
        assertThat(badPhone.body()).contains("\"field\":\"phone\"");
        assertThat(api.send("PUT", petrPath, ApiClient.token(CrmRole.SALES_REP, false), correction, "If-Match", "*")
                .statusCode()).as("another tenant").isEqualTo(404);

        assertThat(send("GET", account, ApiClient.token(CrmRole.SALES_REP, false), null).statusCode()).isEqualTo(404);
        assertThat(send("GET", account + "/contacts", ApiClient.token(CrmRole.SALES_REP, false), null).statusCode())
                .isEqualTo(404);
    }

    private String newDeal(String token) throws Exception {
        return api.newDeal(token, """
                {"source": "phone", "contact": {"personName": "Eva Novak", "phone": "+420 601 123 456"},
                 "country": "CZ", "productInterest": "gaskets"}""", "Gaskets");
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        return api.send(method, path, token, json);
    }

    @Test
    void a_seller_adds_an_account_and_opens_a_deal_on_it_without_a_lead() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        HttpResponse<String> account = send("POST", "api/v1/accounts", rep,
                "{\"name\": \"Nordic Valves AB\", \"country\": \"SE\"}");
        assertThat(account.statusCode()).as(account.body()).isEqualTo(201);
        String accountId = account.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        String deal = "{\"accountId\": \"" + accountId + "\", \"title\": \"Valves 2027\", \"amount\": {\"amount\":"
                + " \"48000\", \"currency\": \"SEK\"}, \"nextStep\": {\"action\": \"Send the offer\", \"due\": \""
                + ApiClient.inHours(48) + "\"}}";

        HttpResponse<String> opened = api.send("POST", "api/v1/deals", rep, deal, "Idempotency-Key", "nv-2027");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        HttpResponse<String> retried = api.send("POST", "api/v1/deals", rep, deal, "Idempotency-Key", "nv-2027");
        assertThat(retried.headers().firstValue("Location")).isEqualTo(opened.headers().firstValue("Location"));
        String dealId = opened.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        String mine = send("GET", "api/v1/deals?view=mine&size=200", rep, null).body();
        assertThat(mine.split(dealId, -1).length - 1).as("one deal, listed once").isEqualTo(1);
        assertThat(send("GET", "api/v1/accounts?size=200", rep, null).body()).contains(accountId);

        io.tenantcrm.launcher.DemoUser second = ServiceUnderTest.shared().secondAcmeRep();
        String colleague = ServiceUnderTest.shared().stack().accessToken(second.email(), second.password());
        HttpResponse<String> notTheirs = send("POST", "api/v1/deals", colleague, deal);
        assertThat(notTheirs.statusCode()).isEqualTo(422);
        assertThat(notTheirs.body()).contains("\"field\":\"accountId\"");
        assertThat(send("POST", "api/v1/deals", ApiClient.token(CrmRole.SALES_REP, false), deal).statusCode())
                .as("another tenant's account").isEqualTo(422);
        String repId = api.userId(ApiClient.token(CrmRole.TENANT_ADMIN, true),
                ServiceUnderTest.shared().acme().user(CrmRole.SALES_REP).email());
        assertThat(send("GET", "api/v1/deals?owner=" + repId, colleague, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "api/v1/deals?owner=" + repId + "&size=200", ApiClient.token(CrmRole.SALES_MANAGER,
                true), null).body()).as("the manager sees the team's deals").contains(dealId);
        HttpResponse<String> noNextStep = send("POST", "api/v1/deals", rep,
                "{\"accountId\": \"" + accountId + "\", \"title\": \"Valves\"}");
        assertThat(noNextStep.statusCode()).isEqualTo(422);
        assertThat(noNextStep.body()).contains("\"field\":\"nextStep\"");
        assertThat(send("GET", "api/v1/deals?view=slipping", rep, null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_retried_activity_or_contact_is_kept_once() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        String deal = newDeal(rep);
        String call = "{\"type\": \"call\", \"about\": [{\"type\": \"deal\", \"id\": \"" + deal + "\"}],"
                + " \"summary\": \"Agreed on samples\"}";

        HttpResponse<String> first = api.send("POST", "api/v1/activities", rep, call, "Idempotency-Key", "call-1");
        HttpResponse<String> again = api.send("POST", "api/v1/activities", rep, call, "Idempotency-Key", "call-1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        String timeline = send("GET", "api/v1/timeline/deal/" + deal, rep, null).body();
        assertThat(timeline.split("Agreed on samples", -1).length - 1).isEqualTo(1);

        String account = send("GET", "api/v1/deals/" + deal, rep, null).body()
                .replaceAll(".*\"accountId\":\"([^\"]+)\".*", "$1");
        String contact = "{\"name\": \"Jana Novak\", \"email\": \"jana@novak.test\"}";
        api.send("POST", "api/v1/accounts/" + account + "/contacts", rep, contact, "Idempotency-Key", "jana");
        api.send("POST", "api/v1/accounts/" + account + "/contacts", rep, contact, "Idempotency-Key", "jana");
        String contacts = send("GET", "api/v1/accounts/" + account + "/contacts", rep, null).body();
        assertThat(contacts.split("jana@novak.test", -1).length - 1).isEqualTo(1);
        assertThat(api.send("POST", "api/v1/activities", rep, call.replace("samples", "price"), "Idempotency-Key",
                "call-1").statusCode()).as("the same key with another body").isEqualTo(422);
    }
}
