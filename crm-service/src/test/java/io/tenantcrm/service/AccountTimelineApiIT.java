package io.tenantcrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An account's whole story over HTTP: its own activities, its contacts', its deals' and its lead's, page by page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountTimelineApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @Test
    void an_accounts_timeline_rolls_up_its_lead_contacts_and_deals_newest_first() throws Exception {
        ApiClient api = new ApiClient(base);
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        String lead = JSON.readTree(api.send("POST", "api/v1/leads", rep, """
                {"source": "email", "contact": {"personName": "Tom Berg", "email": "tom@berg-timeline.test"},
                 "country": "NO"}""").body()).get("id").asText();
        log(api, rep, "email", "lead", lead, 50, "the first mail");
        HttpResponse<String> converted = api.send("POST", "api/v1/leads/" + lead + "/conversion", rep,
                "{\"dealTitle\": \"Seals\", \"nextStep\": {\"action\": \"Call\", \"due\": \"" + ApiClient.inHours(10)
                        + "\"}}");
        JsonNode conversion = JSON.readTree(converted.body());
        String account = conversion.get("accountId").asText();
        log(api, rep, "call", "contact", conversion.get("contactId").asText(), 40, "call with Tom");
        log(api, rep, "meeting", "deal", conversion.get("deal").get("id").asText(), 30, "visit");
        log(api, rep, "note", "account", account, 20, "paid on time");

        List<String> summaries = new ArrayList<>();
        String after = null;
        do {
            HttpResponse<String> page = api.get("api/v1/timeline/account/" + account + "/all?size=2"
                    + (after == null ? "" : "&after=" + after), rep);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(page.body());
            body.get("items").forEach(item -> summaries.add(item.get("summary").asText()));
            after = body.hasNonNull("next") ? body.get("next").asText() : null;
        } while (after != null);

        assertThat(summaries).containsSubsequence("paid on time", "visit", "call with Tom", "the first mail");
        assertThat(api.get("api/v1/timeline/account/" + account + "/all", ApiClient.token(CrmRole.SALES_REP, false))
                .statusCode()).isEqualTo(404);
    }

    private static void log(ApiClient api, String token, String type, String aboutType, String aboutId,
                            int minutesAgo, String summary) throws Exception {
        HttpResponse<String> logged = api.send("POST", "api/v1/activities", token, "{\"type\": \"" + type
                + "\", \"direction\": \"outbound\", \"about\": [{\"type\": \"" + aboutType + "\", \"id\": \""
                + aboutId + "\"}], \"occurredAt\": \"" + Instant.now().minus(minutesAgo, ChronoUnit.MINUTES)
                .truncatedTo(ChronoUnit.SECONDS) + "\", \"summary\": \"" + summary + "\"}");
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
    }
}
