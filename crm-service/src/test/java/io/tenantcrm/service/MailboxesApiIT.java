package io.tenantcrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.launcher.DemoUser;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Email sync over HTTP on real Payara, PostgreSQL and Keycloak, against GreenMail's IMAP server on 127.0.0.1: a rep
 * connects their mailbox, a customer's mail lands on the deal, a second sync adds nothing, the background syncer
 * brings later mail by itself, and nobody else sees the mailbox.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailboxesApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @ArquillianResource
    URL base;

    ApiClient api;
    String rep;
    String repAddress;
    final GreenMail imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    final Session session = Session.getInstance(new Properties());

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void start() {
        api = new ApiClient(base);
        rep = ApiClient.token(CrmRole.SALES_REP, true);
        DemoUser user = ServiceUnderTest.shared().acme().user(CrmRole.SALES_REP);
        repAddress = user.email();
        imap.start();
        imap.setUser(repAddress, repAddress, "imap-secret");
    }

    @AfterEach
    void stop() {
        imap.stop();
    }

    @Test
    void a_customers_mail_lands_on_the_deal_once_and_later_mail_comes_by_itself() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String buyer = "buyer-" + unique + "@customer.example";
        String deal = api.newDeal(rep, "{\"source\": \"email\", \"contact\": {\"personName\": \"Ann Buyer\","
                + " \"email\": \"" + buyer + "\"}, \"country\": \"DE\", \"productInterest\": \"valves\"}",
                "Valves " + unique);

        HttpResponse<String> wrong = api.send("POST", "api/v1/mailboxes", rep, connect("not-the-password"));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.body()).contains("\"field\":\"password\"").doesNotContain("not-the-password");
        HttpResponse<String> connected = api.send("POST", "api/v1/mailboxes", rep, connect("imap-secret"));
        assertThat(connected.statusCode()).as(connected.body()).isEqualTo(201);
        assertThat(connected.body()).doesNotContain("imap-secret");
        String mailbox = JSON.readTree(connected.body()).get("id").asText();

        append(buyer, "Re: valves " + unique, "Please send the sample to our plant.");
        HttpResponse<String> synced = api.send("POST", "api/v1/mailboxes/" + mailbox + "/sync", rep, null);
        assertThat(synced.statusCode()).as(synced.body()).isEqualTo(200);
        // this sync or the background one took it, never both
        assertThat(emailsOn(deal)).isEqualTo(1);
        JsonNode again = JSON.readTree(api.send("POST", "api/v1/mailboxes/" + mailbox + "/sync", rep, null).body());
        assertThat(again.get("attached").asInt()).as("a second sync adds nothing").isZero();
        assertThat(emailsOn(deal)).isEqualTo(1);

        append(buyer, "Order " + unique, "We order 200 valves.");
        Instant until = Instant.now().plusSeconds(30);
        while (emailsOn(deal) < 2) {
            assertThat(Instant.now()).as("the background syncer brings the order").isBefore(until);
            Thread.sleep(250);
        }
        String timeline = api.get("api/v1/timeline/deal/" + deal, rep).body();
        assertThat(timeline).contains("Email: Order " + unique).contains("We order 200 valves.");

        String manager = ApiClient.token(CrmRole.SALES_MANAGER, true);
        assertThat(api.get("api/v1/mailboxes/" + mailbox, manager).statusCode()).as("mail is personal")
                .isEqualTo(404);
        assertThat(api.get("api/v1/mailboxes/" + mailbox, ApiClient.token(CrmRole.TENANT_ADMIN, false))
                .statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "api/v1/mailboxes/" + mailbox + "/sync", manager, null).statusCode())
                .isEqualTo(404);
        JsonNode mine = JSON.readTree(api.get("api/v1/mailboxes", rep).body());
        assertThat(mine.get(0).get("lastSyncedAt").isNull()).isFalse();
        assertThat(api.send("DELETE", "api/v1/mailboxes/" + mailbox, rep, null).statusCode()).isEqualTo(204);
        assertThat(api.get("api/v1/mailboxes/" + mailbox, rep).statusCode()).isEqualTo(404);
        assertThat(emailsOn(deal)).as("the history stays").isEqualTo(2);
    }

    @Test
    void a_reply_the_owner_sent_from_the_mailbox_keeps_the_leads_first_response_promise() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String buyer = "lead-" + unique + "@customer.example";
        String admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        String lead = JSON.readTree(api.send("POST", "api/v1/leads", admin, "{\"source\": \"email\", \"contact\":"
                + " {\"personName\": \"Lena Lead\", \"email\": \"" + buyer + "\"}, \"country\": \"DE\"}").body())
                .get("id").asText();
        HttpResponse<String> assigned = api.send("POST", "api/v1/leads/" + lead + "/owner", admin,
                "{\"owner\": \"" + api.userId(admin, repAddress) + "\", \"reason\": \"her territory\"}",
                "If-Match", "*");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(firstResponse(lead).path("keptAt").isMissingNode()
                || firstResponse(lead).path("keptAt").isNull()).as("not answered yet").isTrue();

        String mailbox = JSON.readTree(api.send("POST", "api/v1/mailboxes", rep, connect("imap-secret")).body())
                .get("id").asText();
        append(repAddress, buyer, "Re: your inquiry " + unique, "Thank you, our price list is attached.");
        assertThat(api.send("POST", "api/v1/mailboxes/" + mailbox + "/sync", rep, null).statusCode()).isEqualTo(200);

        Instant until = Instant.now().plusSeconds(30);
        while (firstResponse(lead).path("keptAt").asText("").isEmpty()) {
            assertThat(Instant.now()).as("the synced reply stops the clock, as one logged by hand does")
                    .isBefore(until);
            Thread.sleep(250);
        }
        assertThat(firstResponse(lead).get("breached").asBoolean()).isFalse();
        assertThat(api.send("DELETE", "api/v1/mailboxes/" + mailbox, rep, null).statusCode()).isEqualTo(204);
    }

    private JsonNode firstResponse(String lead) throws Exception {
        for (JsonNode clock : JSON.readTree(api.get("api/v1/leads/" + lead + "/sla", rep).body())) {
            if (clock.get("name").asText().equals("first response")) {
                return clock;
            }
        }
        throw new AssertionError("the lead has no first-response clock");
    }

    @Test
    void bad_settings_name_the_field() throws Exception {
        HttpResponse<String> unencrypted = api.send("POST", "api/v1/mailboxes", rep,
                "{\"address\": \"rep@acme.test\", \"host\": \"imap.example\", \"security\": \"plain-please\","
                        + " \"password\": \"x\"}");
        assertThat(unencrypted.statusCode()).isEqualTo(422);
        assertThat(unencrypted.body()).contains("\"field\":\"security\"");
        HttpResponse<String> empty = api.send("POST", "api/v1/mailboxes", rep, "{}");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("\"field\":\"address\"").contains("\"field\":\"host\"")
                .contains("\"field\":\"password\"");
        HttpResponse<String> unreachable = api.send("POST", "api/v1/mailboxes", rep,
                "{\"address\": \"" + repAddress + "\", \"host\": \"127.0.0.1\", \"port\": 1, \"security\": \"none\","
                        + " \"password\": \"x\"}");
        assertThat(unreachable.statusCode()).isEqualTo(422);
        assertThat(unreachable.body()).contains("cannot reach 127.0.0.1:1");
        assertThat(JSON.readTree(api.get("api/v1/mailboxes", rep).body()).size()).isZero();
    }

    private String connect(String password) {
        return "{\"address\": \"" + repAddress + "\", \"host\": \"127.0.0.1\", \"port\": " + imap.getImap().getPort()
                + ", \"security\": \"none\", \"password\": \"" + password + "\", \"folders\": [\"INBOX\"]}";
    }

    private int emailsOn(String deal) throws Exception {
        int emails = 0;
        for (JsonNode activity : JSON.readTree(api.get("api/v1/timeline/deal/" + deal + "?size=50", rep).body())
                .get("items")) {
            if (activity.get("type").asText().equalsIgnoreCase("email")) {
                emails++;
            }
        }
        return emails;
    }

    private void append(String from, String subject, String text) throws Exception {
        append(from, repAddress, subject, text);
    }

    private void append(String from, String to, String subject, String text) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject);
        message.setText(text);
        message.setSentDate(new Date());
        message.saveChanges();
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", imap.getImap().getPort(), repAddress, "imap-secret");
        try {
            store.getFolder("INBOX").appendMessages(new Message[] {message});
        } finally {
            store.close();
        }
    }
}
