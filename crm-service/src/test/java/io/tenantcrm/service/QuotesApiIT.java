package io.tenantcrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quote-to-cash chain over HTTP on Payara, PostgreSQL and Keycloak: a catalogue product, a quote that needs the
 * manager's approval and gets it, sent, ordered with a deposit and a balance, paid in part; bad input refused with
 * the field and a stable code; another tenant gets 404 on every path.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuotesApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @ArquillianResource
    URL base;

    ApiClient api;
    String admin;
    String manager;
    String rep;
    String unique;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void people() {
        api = new ApiClient(base);
        admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        manager = ApiClient.token(CrmRole.SALES_MANAGER, true);
        rep = ApiClient.token(CrmRole.SALES_REP, true);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_deep_discount_is_approved_by_the_manager_then_sent_ordered_and_paid_in_part() throws Exception {
        String product = product("VLV-" + unique);
        String deal = api.newDeal(rep, """
                {"source": "email", "contact": {"personName": "Jonas Weber", "email": "jonas@weber-%s.de"},
                 "country": "DE", "productInterest": "valves"}""".formatted(unique), "Valves " + unique);

        HttpResponse<String> started = api.send("POST", "api/v1/deals/" + deal + "/quotes", rep,
                quote(product, "500", "15"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode quote = JSON.readTree(started.body());
        String id = quote.get("id").asText();
        String path = "api/v1/quotes/" + id;
        assertThat(quote.get("number").asText()).matches("Q-\\d{4}-\\d{5}");
        JsonNode v1 = quote.get("versions").get(0);
        assertThat(v1.get("totals").get("net").get("amount").asText()).isEqualTo("17000.00");
        assertThat(v1.get("lines").get(0).get("marginPercent").asText()).isEqualTo("11.8");
        assertThat(v1.get("lines").get(0).get("quantity").toString()).as("plain decimal text").isEqualTo("\"500\"");

        HttpResponse<String> tooEarly = send("POST", path + "/send", rep, null);
        assertThat(tooEarly.statusCode()).isEqualTo(422);
        assertThat(tooEarly.body()).contains("\"code\":\"not-approved\"");

        HttpResponse<String> submitted = send("POST", path + "/submit", rep, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode step = JSON.readTree(submitted.body()).get("versions").get(0).get("approval").get(0);
        assertThat(step.get("name").asText()).isEqualTo("manager");
        assertThat(step.get("reasons").toString()).contains("discount-over").contains("margin-under");

        HttpResponse<String> own = send("POST", path + "/decision", rep, "{\"approve\": true}");
        assertThat(own.statusCode()).isEqualTo(422);
        assertThat(own.body()).contains("\"code\":\"own-quote\"");
        assertThat(api.get("api/v1/quotes/awaiting-me", manager).body()).contains(id);
        HttpResponse<String> approved = send("POST", path + "/decision", manager,
                "{\"approve\": true, \"reason\": \"a first order from Weber: worth it\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).get("status").asText()).isEqualTo("approved");
        assertThat(api.get("api/v1/quotes/awaiting-me", manager).body()).doesNotContain(id);

        HttpResponse<String> sent = send("POST", path + "/send", rep, null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(JSON.readTree(sent.body()).get("status").asText()).isEqualTo("sent");
        JsonNode sentEntry = null;
        for (JsonNode entry : JSON.readTree(api.get("api/v1/timeline/deal/" + deal, rep).body()).get("items")) {
            if (entry.get("type").asText().equals("QUOTE_SENT")) {
                sentEntry = entry;
            }
        }
        assertThat(sentEntry).as("quote sent on the deal's timeline").isNotNull();
        assertThat(sentEntry.get("summary").asText()).contains("sent: 17000.00 USD");
        assertThat(sentEntry.get("wording").get("code").asText()).isEqualTo("quote-sent");
        assertThat(sentEntry.get("wording").get("values").get("net").asText()).isEqualTo("17000.00");
        JsonNode attached = sentEntry.get("documents").get(0);
        assertThat(attached.get("fileName").asText()).isEqualTo(quote.get("number").asText() + "-v1.pdf");
        assertThat(attached.get("href").asText()).isEqualTo("quotes/" + id + "/versions/1/document");

        // the customer's copy, as the timeline links it: a PDF in English (the caller's language) or Chinese,
        // without cost or margin
        HttpResponse<byte[]> english = api.download("api/v1/" + attached.get("href").asText(), rep,
                "Accept-Language", "en-GB");
        assertThat(english.statusCode()).as(new String(english.body())).isEqualTo(200);
        assertThat(english.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(english.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).contains(quote.get("number").asText() + "-v1.pdf"));
        assertThat(pdfText(english.body())).contains("Quotation", quote.get("number").asText(), "Ball valve DN50",
                "500 pcs", "15%", "17,000.00", "FOB Ningbo", "Delivery 30 days after the deposit")
                .doesNotContainIgnoringCase("margin");
        HttpResponse<byte[]> chinese = api.download(path + "/versions/1/document?lang=zh-CN", rep);
        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(pdfText(chinese.body())).contains("报价单", "总计", quote.get("number").asText());
        assertThat(api.download(path + "/versions/9/document", rep).statusCode()).isEqualTo(404);
        assertThat(new String(api.download(path + "/versions/1/document?lang=fr", rep).body()))
                .contains("\"field\":\"lang\"");
        assertThat(api.download(path + "/versions/1/document", ApiClient.token(CrmRole.TENANT_ADMIN, false))
                .statusCode()).as("another tenant's quote").isEqualTo(404);

        HttpResponse<String> ordered = api.send("POST", "api/v1/orders", rep, """
                {"quoteId": "%s", "version": 1, "payments": [{"label": "30%% deposit", "percent": "30", "due": "%s"},
                 {"label": "70%% balance before shipment", "percent": "70", "due": "%s"}]}"""
                .formatted(id, today(), today().plusDays(40)));
        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
        JsonNode order = JSON.readTree(ordered.body());
        String orderPath = "api/v1/orders/" + order.get("id").asText();
        assertThat(order.get("number").asText()).matches("SO-\\d{4}-\\d{5}");
        assertThat(order.get("instalments").get(0).get("amount").get("amount").asText()).isEqualTo("5100.00");
        JsonNode won = JSON.readTree(api.get("api/v1/deals/" + deal, rep).body());
        assertThat(won.get("status").asText()).isEqualToIgnoringCase("won");
        assertThat(won.get("amount").get("amount").asText()).isEqualTo("17000.00");

        HttpResponse<String> over = send("POST", orderPath + "/payments", rep,
                "{\"amount\": {\"amount\": \"17000.01\", \"currency\": \"USD\"}, \"receivedOn\": \"" + today() + "\"}");
        assertThat(over.statusCode()).isEqualTo(422);
        assertThat(over.body()).contains("\"field\":\"amount\"").contains("\"code\":\"over-balance\"");
        HttpResponse<String> paid = send("POST", orderPath + "/payments", rep, "{\"amount\": {\"amount\": \"6000\","
                + " \"currency\": \"USD\"}, \"receivedOn\": \"" + today() + "\", \"method\": \"bank-transfer\","
                + " \"reference\": \"TT 8812\"}");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        JsonNode money = JSON.readTree(paid.body());
        assertThat(money.get("outstanding").get("amount").asText()).isEqualTo("11000.00");
        assertThat(money.get("instalments").get(1).get("paid").get("amount").asText()).isEqualTo("900.00");
        assertThat(api.get("api/v1/timeline/deal/" + deal, rep).body()).as("the deal's timeline says so")
                .contains("ORDER_PLACED").contains("Order " + order.get("number").asText() + " placed from quote "
                        + quote.get("number").asText() + " v1: 17000.00 USD")
                .contains("PAYMENT_RECEIVED").contains("Payment for " + order.get("number").asText()
                        + ": 6000.00 USD received " + today() + " (bank transfer, TT 8812); open 11000.00 USD");
        JsonNode ofDeal = JSON.readTree(api.get("api/v1/orders?deal=" + deal, rep).body());
        assertThat(ofDeal).hasSize(1);
        assertThat(ofDeal.get(0).get("number").asText()).isEqualTo(order.get("number").asText());
        assertThat(ofDeal.get(0).get("outstanding").get("amount").asText()).isEqualTo("11000.00");
        assertThat(api.get("api/v1/orders", rep).body()).contains("\"field\":\"deal\"");
        HttpResponse<String> shipped = send("POST", orderPath + "/status", rep, "{\"status\": \"shipped\"}");
        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
        assertThat(send("POST", orderPath + "/status", rep, "{\"status\": \"confirmed\"}").body())
                .contains("\"code\":\"not-allowed\"");

        String other = ApiClient.token(CrmRole.TENANT_ADMIN, false);
        for (String elsewhere : new String[] {path, path + "/diff?from=1&to=1", orderPath,
                "api/v1/deals/" + deal + "/quotes", "api/v1/orders?deal=" + deal}) {
            assertThat(api.get(elsewhere, other).statusCode()).as(elsewhere).isEqualTo(404);
        }
        assertThat(api.send("POST", path + "/send", other, null, "If-Match", "\"1\"").statusCode()).isEqualTo(404);
        assertThat(api.send("POST", orderPath + "/payments", other, "{}", "If-Match", "\"1\"").statusCode())
                .isEqualTo(404);
    }

    @Test
    void bad_lines_and_products_are_refused_naming_each_field() throws Exception {
        HttpResponse<String> badFloor = api.send("POST", "api/v1/products", admin, "{\"sku\": \"X-1\", \"name\": \"x\","
                + " \"unit\": \"pcs\", \"prices\": [{\"currency\": \"USD\", \"list\": \"10\", \"floor\": \"11\"}]}");
        assertThat(badFloor.statusCode()).isEqualTo(422);
        assertThat(badFloor.body()).contains("\"field\":\"prices.USD.floor\"").contains("floor-above-list");
        HttpResponse<String> badProduct = api.send("POST", "api/v1/products", admin, "{\"sku\": \"\", \"name\": \"\","
                + " \"unit\": \"pcs\", \"prices\": []}");
        assertThat(badProduct.statusCode()).isEqualTo(422);
        assertThat(badProduct.body()).contains("\"field\":\"sku\"").contains("\"field\":\"name\"")
                .contains("\"field\":\"prices\"");
        product("DUP-" + unique);
        assertThat(api.send("POST", "api/v1/products", admin, "{\"sku\": \"dup-" + unique + "\", \"name\": \"x\","
                + " \"unit\": \"pcs\", \"prices\": [{\"currency\": \"USD\", \"list\": \"1\"}]}").body())
                .as("a SKU is the tenant's own key, whatever the case").contains("\"code\":\"taken\"");
        assertThat(api.send("POST", "api/v1/products", rep, "{}").statusCode()).as("admins keep the catalogue")
                .isEqualTo(403);

        String deal = api.newDeal(rep, """
                {"source": "email", "contact": {"personName": "Eva Lind", "email": "eva@lind-%s.se"},
                 "country": "SE", "productInterest": "valves"}""".formatted(unique), "Lind " + unique);
        HttpResponse<String> bad = api.send("POST", "api/v1/deals/" + deal + "/quotes", rep, """
                {"currency": "USD", "lines": [{"description": "Tooling", "quantity": "-1", "unitPrice": "ten"},
                 {"description": "", "quantity": "1", "unitPrice": "5", "discountPercent": "100"}],
                 "terms": {"validUntil": "%s"}}""".formatted(today().plusDays(30)));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"lines[0].unitPrice\"");
        HttpResponse<String> negative = api.send("POST", "api/v1/deals/" + deal + "/quotes", rep, """
                {"currency": "USD", "lines": [{"description": "Tooling", "quantity": "-1", "unitPrice": "10"},
                 {"description": "", "quantity": "1", "unitPrice": "5", "discountPercent": "100"}],
                 "terms": {"validUntil": "%s"}}""".formatted(today().plusDays(30)));
        assertThat(negative.statusCode()).isEqualTo(422);
        assertThat(negative.body()).contains("\"field\":\"lines[0].quantity\"").contains("\"code\":\"not-positive\"")
                .contains("\"field\":\"lines[1].description\"").contains("\"field\":\"lines[1].discountPercent\"");
        assertThat(api.get("api/v1/deals/" + deal + "/quotes", rep).body()).as("nothing written").isEqualTo("[]");
    }

    @Test
    void a_step_left_waiting_goes_up_by_itself_and_an_unpaid_deposit_goes_to_collections() throws Exception {
        // a tenant of its own whose business hours never close, so seconds of waiting are business time
        var stack = ServiceUnderTest.shared().stack();
        HttpResponse<String> signedUp = api.send("POST", "api/v1/signup", null, "{\"slug\": \"edith\", "
                + "\"companyName\": \"Edith Export\", \"adminEmail\": \"tony@edith.test\", \"adminFirstName\":"
                + " \"Tony\", \"adminLastName\": \"Stark\", \"adminPassword\": \"edith-1\"}",
                // a client address of its own: the signups of other tests from 127.0.0.1 keep their hourly budget
                "X-Forwarded-For", "203.0.113.252");
        assertThat(signedUp.statusCode()).as(signedUp.body()).isIn(200, 201);
        String boss = stack.accessToken("tony@edith.test", "edith-1");
        String[][] people = {{"pepper@edith.test", "sales-manager"}, {"happy@edith.test", "sales-rep"}};
        for (String[] person : people) {
            if (!api.get("api/v1/admin/users", boss).body().contains(person[0])) {
                assertThat(api.send("POST", "api/v1/admin/users", boss, "{\"email\": \"" + person[0] + "\","
                        + " \"firstName\": \"P\", \"lastName\": \"S\", \"roles\": [\"" + person[1] + "\"],"
                        + " \"initialPassword\": \"s-1\"}").statusCode()).isEqualTo(201);
            }
        }
        String managerId = api.userId(boss, "pepper@edith.test");
        String repId = api.userId(boss, "happy@edith.test");
        assertThat(api.send("PUT", "api/v1/admin/teams/" + managerId, boss, "{\"members\": [\"" + repId + "\"]}")
                .statusCode()).isEqualTo(200);
        for (String[] setting : new String[][] {{"crm.sla.business-hours", "24/7"},
                {"crm.quotes.approval-escalation", "PT3S"}, {"crm.payments.grace-days", "7"}}) {
            HttpResponse<String> set = api.send("PUT", "api/v1/admin/settings/" + setting[0], boss,
                    "{\"value\": \"" + setting[1] + "\"}");
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        }
        String happy = stack.accessToken("happy@edith.test", "s-1");
        String pepper = stack.accessToken("pepper@edith.test", "s-1");
        String product = JSON.readTree(api.send("POST", "api/v1/products", boss, """
                {"sku": "ARC-1", "name": "Arc reactor", "unit": "pcs",
                 "prices": [{"currency": "USD", "list": "100.00", "unitCost": "60.00"}]}""").body()).get("id").asText();
        String deal = api.newDeal(happy, """
                {"source": "email", "contact": {"personName": "Obadiah Stane", "email": "o@stane.test"},
                 "country": "US", "productInterest": "reactors"}""", "Reactors");

        // 20% off: the manager's step; she lets it wait, and after 3 seconds it is the admin's
        JsonNode asked = JSON.readTree(api.send("POST", "api/v1/deals/" + deal + "/quotes", happy,
                quote(product, "10", "20")).body());
        String path = "api/v1/quotes/" + asked.get("id").asText();
        assertThat(send("POST", path + "/submit", happy, null).statusCode()).isEqualTo(200);
        assertThat(api.get("api/v1/quotes/awaiting-me", pepper).body()).contains(asked.get("id").asText());
        JsonNode step = null;
        for (int i = 0; i < 60 && (step == null || step.get("escalations").asInt() == 0); i++) {
            Thread.sleep(500);
            step = JSON.readTree(api.get(path, happy).body()).get("versions").get(0).get("approval").get(0);
        }
        assertThat(step.get("escalations").asInt()).as("escalated by the scheduler").isEqualTo(1);
        assertThat(step.get("approvers").toString()).contains(api.userId(boss, "tony@edith.test"))
                .doesNotContain(managerId);
        assertThat(api.get("api/v1/quotes/awaiting-me", boss).body()).contains(asked.get("id").asText());
        assertThat(api.get("api/v1/quotes/awaiting-me", pepper).body()).doesNotContain(asked.get("id").asText());
        assertThat(send("POST", path + "/decision", boss, "{\"approve\": true}").statusCode()).isEqualTo(200);
        assertThat(send("POST", path + "/send", happy, null).statusCode()).isEqualTo(200);

        // the deposit was due ten days ago: past the 7 days' grace, the scheduler hands it to collections
        HttpResponse<String> ordered = api.send("POST", "api/v1/orders", happy, """
                {"quoteId": "%s", "version": 1, "payments": [{"label": "deposit", "percent": "30", "due": "%s"},
                 {"label": "balance", "percent": "70", "due": "%s"}]}"""
                .formatted(asked.get("id").asText(), today().minusDays(10), today().plusDays(30)));
        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
        String orderPath = "api/v1/orders/" + JSON.readTree(ordered.body()).get("id").asText();
        JsonNode deposit = null;
        for (int i = 0; i < 60 && (deposit == null || !deposit.hasNonNull("collectionOpenedOn")); i++) {
            Thread.sleep(500);
            deposit = JSON.readTree(api.get(orderPath, happy).body()).get("instalments").get(0);
        }
        assertThat(deposit.get("collectionOpenedOn").asText()).isEqualTo(today().toString());
        assertThat(deposit.get("overdue").asBoolean()).isTrue();
        assertThat(api.get("api/v1/tasks/mine", happy).body()).contains("Chase 240.00 USD");
        assertThat(api.get("api/v1/tasks/mine", pepper).body()).as("and her manager").contains("Chase 240.00 USD");

        // the account is now one to watch, and the case counts in the rep's process health until she chases it
        String account = JSON.readTree(api.get("api/v1/deals/" + deal, happy).body()).get("accountId").asText();
        HttpResponse<String> risk = api.get("api/v1/accounts/" + account + "/payment-risk", pepper);
        assertThat(risk.statusCode()).as(risk.body()).isEqualTo(200);
        JsonNode riskJson = JSON.readTree(risk.body());
        assertThat(riskJson.get("level").asText()).isEqualTo("HIGH");
        assertThat(riskJson.get("reasons").get(0).get("code").asText()).isEqualTo("in-collections");
        assertThat(riskJson.get("reasons").get(0).get("outstanding").get("amount").asText()).isEqualTo("240.00");
        assertThat(api.get("api/v1/accounts/" + account + "/payment-risk", admin).statusCode())
                .as("another tenant's account").isEqualTo(404);
        assertThat(collectionsActedOn(repId, pepper)).as("one case, not chased yet").isEqualTo("1 at 0.0");
        HttpResponse<String> call = api.send("POST", "api/v1/activities", happy, "{\"type\": \"call\","
                + " \"direction\": \"outbound\", \"about\": [{\"type\": \"deal\", \"id\": \"" + deal + "\"}],"
                + " \"summary\": \"Asked Obadiah for the deposit\"}");
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        assertThat(collectionsActedOn(repId, pepper)).as("chased").isEqualTo("1 at 100.0");

        // the manager's quote-to-cash report: the quote became an order, the deposit is 8-30 days late
        HttpResponse<String> chain = api.get("api/v1/reports/order-chain", pepper);
        assertThat(chain.statusCode()).as(chain.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(chain.body());
        assertThat(report.get("conversion").get("quotesSent").asInt()).isEqualTo(1);
        assertThat(report.get("conversion").get("rate").asDouble()).isEqualTo(1.0);
        assertThat(report.get("terms").get(0).get("rep").asText()).isEqualTo(repId);
        assertThat(report.get("overdue").get(0).get("currency").asText()).isEqualTo("USD");
        assertThat(report.get("overdue").get(0).get("from8To30Days").asText()).isEqualTo("240.00");
        assertThat(report.get("overdue").get(0).get("total").asText()).isEqualTo("240.00");
        assertThat(api.get("api/v1/reports/order-chain", admin).body()).as("another tenant's admin sees none of it")
                .doesNotContain(repId).doesNotContain("240.00");
        assertThat(api.get("api/v1/reports/order-chain?from=yesterday", pepper).body()).contains("\"field\":\"from\"");
    }

    /** Process health's collections signal of a rep, as "samples at value". */
    private String collectionsActedOn(String rep, String token) throws Exception {
        HttpResponse<String> index = api.get("api/v1/reports/process-health?rep=" + rep, token);
        assertThat(index.statusCode()).as(index.body()).isEqualTo(200);
        for (JsonNode signal : JSON.readTree(index.body()).get("signals")) {
            if (signal.get("name").asText().equals("OVERDUE_COLLECTIONS_ACTED_PERCENT")) {
                return signal.get("samples").asInt() + " at " + signal.get("value").asDouble();
            }
        }
        throw new AssertionError("no collections signal in " + index.body());
    }

    private String product(String sku) throws Exception {
        HttpResponse<String> added = api.send("POST", "api/v1/products", admin, """
                {"sku": "%s", "name": "Ball valve DN50, 316 stainless", "unit": "pcs",
                 "prices": [{"currency": "USD", "list": "40.00", "floor": "34.00", "unitCost": "30.00"}]}"""
                .formatted(sku));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return JSON.readTree(added.body()).get("id").asText();
    }

    private String quote(String product, String quantity, String discount) {
        return """
                {"currency": "USD", "lines": [{"productId": "%s", "quantity": "%s", "discountPercent": "%s"}],
                 "terms": {"incoterm": "FOB", "place": "Ningbo", "paymentTerms": "TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT",
                           "validUntil": "%s", "note": "Delivery 30 days after the deposit"}}"""
                .formatted(product, quantity, discount, today().plusDays(30));
    }

    /** A change, sending the record's current ETag as a client that just read it does. */
    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        String read = path.replaceAll("/(submit|decision|send|order|payments|status)$", "");
        return api.send(method, path, token, body, "If-Match", api.etag(read, token));
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
