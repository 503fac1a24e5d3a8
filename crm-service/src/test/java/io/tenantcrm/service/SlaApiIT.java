package io.tenantcrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenantcrm.core.sla.BusinessHours;
import io.tenantcrm.core.sla.WeeklyHours;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA clocks on real Payara, PostgreSQL and Keycloak: due times in the tenant's business hours, the scheduler
 * escalating a missed first response by itself (task and timeline note for the owner), and a reply in time
 * keeping the promise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SlaApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @ArquillianResource
    URL base;

    ApiClient api;
    String admin;
    String rep;
    String repId;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void tenantWithARep() throws Exception {
        api = new ApiClient(base);
        var stack = ServiceUnderTest.shared().stack();
        HttpResponse<String> signedUp = api.send("POST", "api/v1/signup", null, "{\"slug\": \"tyrell\", "
                + "\"companyName\": \"Tyrell Export\", \"adminEmail\": \"eldon@tyrell.test\", \"adminFirstName\":"
                + " \"Eldon\", \"adminLastName\": \"Tyrell\", \"adminPassword\": \"tyrell-1\"}");
        assertThat(signedUp.statusCode()).as(signedUp.body()).isIn(200, 201);
        admin = stack.accessToken("eldon@tyrell.test", "tyrell-1");
        if (!api.get("api/v1/admin/users", admin).body().contains("rachael@tyrell.test")) {
            api.send("POST", "api/v1/admin/users", admin, "{\"email\": \"rachael@tyrell.test\", \"firstName\":"
                    + " \"Rachael\", \"lastName\": \"Rosen\", \"roles\": [\"sales-rep\"], \"initialPassword\": \"r-1\"}");
        }
        rep = stack.accessToken("rachael@tyrell.test", "r-1");
        repId = api.userId(admin, "rachael@tyrell.test");
    }

    @Test
    void a_lead_five_minutes_before_closing_is_due_on_the_next_business_day() throws Exception {
        // a zone where it is about noon now, and a working day that closes in five minutes
        Instant now = Instant.now();
        ZoneOffset zone = ZoneOffset.ofHours(Math.max(-12, Math.min(14, 12 - now.atZone(ZoneOffset.UTC).getHour())));
        LocalTime local = now.atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        String hours = "MON-SUN " + local.minusHours(3) + "-" + local.plusMinutes(5);
        setting("crm.sla.time-zone", zone.getId());
        setting("crm.sla.business-hours", hours);
        setting("crm.sla.first-response", "PT30M");

        JsonNode lead = JSON.readTree(api.send("POST", "api/v1/leads", admin, lead("Roy Batty", "roy@nexus.test"))
                .body());
        JsonNode first = JSON.readTree(api.get("api/v1/leads/" + lead.get("id").asText() + "/sla", admin).body())
                .get(0);

        Instant received = Instant.parse(lead.get("receivedAt").asText());
        BusinessHours expected = WeeklyHours.parse(hours, zone, Set.of());
        assertThat(first.get("name").asText()).isEqualTo("first response");
        assertThat(Instant.parse(first.get("due").asText())).isEqualTo(expected.plus(received, Duration.ofMinutes(30)));
        ZonedDateTime due = Instant.parse(first.get("due").asText()).atZone(zone);
        assertThat(due.toLocalDate()).as("the next business day").isEqualTo(received.atZone(zone).toLocalDate()
                .plusDays(1));
        assertThat(due.toLocalTime()).isAfter(local.minusHours(3)).isBefore(local.minusHours(3).plusMinutes(31));
        assertThat(first.get("breached").asBoolean()).isFalse();
    }

    @Test
    void a_missed_first_response_is_escalated_by_the_scheduler_and_a_reply_in_time_keeps_the_promise()
            throws Exception {
        setting("crm.sla.time-zone", "UTC");
        setting("crm.sla.business-hours", "24/7");
        setting("crm.sla.first-response", "PT3S");

        String missed = rachaels(lead("Pris Stratton", "pris@nexus.test"));
        String answered = rachaels(lead("Leon Kowalski", "leon@nexus.test"));
        assertThat(api.send("POST", "api/v1/activities", rep, "{\"type\": \"call\", \"direction\": \"outbound\","
                + " \"about\": [{\"type\": \"lead\", \"id\": \"" + answered + "\"}], \"summary\": \"Called Leon\"}")
                .statusCode()).isEqualTo(201);

        String task = "Answer Pris Stratton: first response overdue";
        Instant deadline = Instant.now().plusSeconds(30);
        while (!api.get("api/v1/tasks/mine?size=200", rep).body().contains(task) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(api.get("api/v1/tasks/mine?size=200", rep).body()).contains(task)
                .doesNotContain("Answer Leon Kowalski");
        assertThat(api.get("api/v1/timeline/lead/" + missed, rep).body())
                .contains("SLA: first response to Pris Stratton overdue; told " + repId + " (owner)");
        JsonNode reminder = java.util.stream.StreamSupport.stream(JSON.readTree(api.get("api/v1/tasks/mine?size=200",
                rep).body()).get("items").spliterator(), false).filter(t -> t.get("title").asText().equals(task))
                .findFirst().orElseThrow();
        assertThat(reminder.at("/wording/code").asText()).as("for the console to say in Chinese")
                .isEqualTo("answer-lead");
        assertThat(reminder.at("/wording/values/who").asText()).isEqualTo("Pris Stratton");
        JsonNode note = java.util.stream.StreamSupport.stream(JSON.readTree(api.get("api/v1/timeline/lead/" + missed,
                rep).body()).get("items").spliterator(), false).filter(a -> a.get("type").asText().equals("NOTE"))
                .findFirst().orElseThrow();
        assertThat(note.at("/wording/code").asText()).isEqualTo("sla-first-response-overdue");
        assertThat(note.at("/wording/values/told").asText()).isEqualTo("owner");
        JsonNode missedClock = JSON.readTree(api.get("api/v1/leads/" + missed + "/sla", rep).body()).get(0);
        assertThat(missedClock.get("breached").asBoolean()).isTrue();
        JsonNode answeredClock = JSON.readTree(api.get("api/v1/leads/" + answered + "/sla", rep).body()).get(0);
        assertThat(answeredClock.get("breached").asBoolean()).isFalse();
        assertThat(answeredClock.get("keptAt").isNull()).isFalse();
        assertThat(api.get("metrics?scope=application", null).body()).contains("crm_sla_timers_fired")
                .contains("crm_sla_breaches");
    }

    private String rachaels(String leadJson) throws Exception {
        String id = JSON.readTree(api.send("POST", "api/v1/leads", admin, leadJson).body()).get("id").asText();
        HttpResponse<String> assigned = api.send("POST", "api/v1/leads/" + id + "/owner", admin,
                "{\"owner\": \"" + repId + "\", \"reason\": \"her territory\"}", "If-Match", "*");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        return id;
    }

    private void setting(String key, String value) throws Exception {
        HttpResponse<String> set = api.send("PUT", "api/v1/admin/settings/" + key, admin,
                "{\"value\": \"" + value + "\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }

    private static String lead(String name, String email) {
        return "{\"source\": \"web-form\", \"contact\": {\"personName\": \"" + name + "\", \"email\": \"" + email
                + "\"}, \"country\": \"US\", \"productInterest\": \"replicants\"}";
    }
}
