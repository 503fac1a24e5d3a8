package io.tenantcrm.persistence.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.tenantcrm.core.Crm;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.core.testkit.SteppingClock;
import io.tenantcrm.core.webhook.Delivery;
import io.tenantcrm.core.webhook.DeliveryAttempt;
import io.tenantcrm.core.webhook.HttpWebhookTransport;
import io.tenantcrm.core.webhook.RetrySchedule;
import io.tenantcrm.core.webhook.WebhookAdministration;
import io.tenantcrm.core.webhook.WebhookDispatch;
import io.tenantcrm.core.webhook.WebhookEndpoint;
import io.tenantcrm.core.webhook.WebhookPolicy;
import io.tenantcrm.core.webhook.WebhookSignature;
import io.tenantcrm.persistence.ActingUser;
import io.tenantcrm.persistence.JpaCrm;
import io.tenantcrm.persistence.PostgresFixture;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.secrets.MasterKey;
import io.tenantcrm.persistence.secrets.TenantSecrets;
import io.tenantcrm.persistence.tenancy.DueClaims;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks on real PostgreSQL as the application role, sent over real HTTP to a receiver on 127.0.0.1: the outbox
 * row is written with the change or not at all, retries follow the schedule, every try is logged, an endpoint that
 * keeps failing is disabled, and secrets are kept sealed.
 */
class WebhookDeliveryIT {

    private static final RetrySchedule QUICK = new RetrySchedule(5, Duration.ofSeconds(30), Duration.ofMinutes(5));

    private final PostgresFixture postgres = PostgresFixture.shared();
    private final ActingUser acting = new ActingUser();
    private final LocalTransactions transactions = new LocalTransactions(postgres.units(), acting);
    private final SteppingClock clock = new SteppingClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    private final MasterKey master = MasterKey.fromBase64(MasterKey.generate(new SecureRandom()));
    private final JpaWebhookEndpoints endpoints = new JpaWebhookEndpoints(transactions,
            new TenantSecrets(transactions, master, new SecureRandom(), clock));
    private final JpaWebhookDeliveries deliveries = new JpaWebhookDeliveries(transactions);
    private final Receiver receiver = new Receiver();

    @BeforeEach
    void start() throws IOException {
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void a_receiver_that_fails_twice_gets_the_lead_on_the_third_try_signed_and_the_log_shows_every_try() {
        TenantId tenant = postgres.newTenant("hooks");
        acting.actAs(tenant, UserId.of("ada"));
        WebhookDispatch dispatch = dispatch(new WebhookPolicy(QUICK, 20));
        WebhookAdministration.Registered registered = administration().register(receiver.url(),
                List.of("lead.received", "deal.won"), "ERP inbox");
        receiver.failFirst(2);

        Lead lead = crm(dispatch).leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM,
                ContactDetails.of("Eva Lind", "Lind Marine", EmailAddress.of("eva@lind.example"), null),
                CountryCode.of("SE"), null));

        Delivery delivery = sendDue(dispatch).get(0);
        assertThat(delivery.status()).isEqualTo(Delivery.Status.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(sendDue(dispatch)).as("not due again before its pause").isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(sendDue(dispatch).get(0).nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        Delivery delivered = sendDue(dispatch).get(0);

        assertThat(delivered.status()).isEqualTo(Delivery.Status.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(receiver.requests).hasSize(3);
        Received third = receiver.requests.get(2);
        assertThat(third.headers.get(WebhookSignature.ID_HEADER)).as("the same id on every try, for dedupe")
                .isEqualTo(receiver.requests.get(0).headers.get(WebhookSignature.ID_HEADER))
                .isEqualTo(delivery.id().toString());
        assertThat(WebhookSignature.withSecret(registered.secret()).verifies(third.headers.get("webhook-id"),
                third.headers.get("webhook-timestamp"), third.headers.get("webhook-signature"), third.body,
                clock.instant(), Duration.ofMinutes(5))).isTrue();
        assertThat(third.body).contains("\"type\":\"lead.received\"").contains(lead.id().toString());
        List<DeliveryAttempt> log = transactions.inTransaction(() -> deliveries.attemptsOf(tenant, delivery.id()));
        assertThat(log).extracting(DeliveryAttempt::status).containsExactly(503, 503, 204);
        assertThat(transactions.inTransaction(() -> endpoints.find(tenant, registered.endpoint().id())).orElseThrow()
                .failures()).as("a success forgives earlier failures").isZero();
    }

    @Test
    void an_endpoint_that_keeps_failing_is_disabled_and_what_it_still_had_pending_is_abandoned() {
        TenantId tenant = postgres.newTenant("broken-hooks");
        acting.actAs(tenant, UserId.of("ada"));
        WebhookDispatch dispatch = dispatch(new WebhookPolicy(QUICK, 3));
        WebhookEndpoint endpoint = administration().register(receiver.url(), List.of("lead.received"), null)
                .endpoint();
        receiver.failFirst(Integer.MAX_VALUE);
        Crm crm = crm(dispatch);
        crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM, ContactDetails.of("One", null,
                EmailAddress.of("one@buyer.example"), null), CountryCode.of("DE"), null));
        crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM, ContactDetails.of("Two", null,
                EmailAddress.of("two@buyer.example"), null), CountryCode.of("DE"), null));

        assertThat(sendDue(dispatch)).hasSize(2);
        clock.advance(Duration.ofSeconds(30));
        List<Delivery> third = sendDue(dispatch);

        WebhookEndpoint disabled = transactions.inTransaction(() -> endpoints.find(tenant, endpoint.id()))
                .orElseThrow();
        assertThat(disabled.active()).isFalse();
        assertThat(disabled.disabledReason()).isEqualTo("3 failed attempts in a row");
        assertThat(transactions.inTransaction(() -> deliveries.of(tenant, endpoint.id(), 10)))
                .extracting(Delivery::status).containsOnly(Delivery.Status.ABANDONED);
        assertThat(third).isNotEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(sendDue(dispatch)).isEmpty();
        assertThat(receiver.requests).hasSize(3);
        crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM, ContactDetails.of("Three", null,
                EmailAddress.of("three@buyer.example"), null), CountryCode.of("DE"), null));
        assertThat(transactions.inTransaction(() -> deliveries.of(tenant, endpoint.id(), 10))).as("no new ones")
                .hasSize(2);

        WebhookEndpoint enabled = administration().enable(endpoint.id());
        assertThat(enabled.active()).isTrue();
        assertThat(enabled.failures()).isZero();
    }

    @Test
    void the_outbox_row_is_written_with_the_change_or_not_at_all_and_only_inside_its_tenant() {
        TenantId tenant = postgres.newTenant("atomic-hooks");
        TenantId other = postgres.newTenant("other-hooks");
        acting.actAs(tenant, UserId.of("ada"));
        WebhookDispatch dispatch = dispatch(WebhookPolicy.DEFAULT);
        WebhookAdministration.Registered registered = administration().register(receiver.url(),
                List.of("lead.received"), null);
        Crm crm = crm(dispatch);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM, ContactDetails.of("Rolled Back", null,
                    EmailAddress.of("gone@buyer.example"), null), CountryCode.of("DE"), null));
            throw new IllegalStateException("the change fails after the event");
        })).hasMessageContaining("fails");

        assertThat(transactions.inTransaction(() -> deliveries.of(tenant, registered.endpoint().id(), 10)))
                .isEmpty();
        acting.actAs(other, UserId.of("olga"));
        assertThat(transactions.inTransaction(() -> endpoints.of(other))).isEmpty();
        assertThat(transactions.inTransaction(() -> endpoints.find(other, registered.endpoint().id()))).isEmpty();
        assertThat(ownerReads(tenant, "select secret_sealed from webhook_endpoint where id = '"
                + registered.endpoint().id() + "'")).doesNotContain(registered.secret()
                .substring(WebhookSignature.SECRET_PREFIX.length()));
        assertThat(ownerReads(tenant, "select count(*) from tenant_data_key"))
                .isEqualTo("1");
        acting.actAs(tenant, UserId.of("ada"));
        assertThat(transactions.inTransaction(() -> endpoints.secretOf(tenant, registered.endpoint().id())))
                .isEqualTo(registered.secret());
    }

    @Test
    void urls_that_are_not_http_or_carry_a_password_are_refused_naming_the_field() {
        TenantId tenant = postgres.newTenant("bad-hooks");
        acting.actAs(tenant, UserId.of("ada"));
        WebhookAdministration administration = administration();

        for (String url : List.of("ftp://files.example/x", "/relative", "https://user:pw@hooks.example/x",
                "not a url")) {
            assertThatThrownBy(() -> administration.register(url, List.of("deal.won"), null))
                    .hasMessageStartingWith("url:");
        }
        assertThatThrownBy(() -> administration.register(receiver.url(), List.of("deal.maybe"), null))
                .hasMessageContaining("events: 'deal.maybe' is not one of");
        assertThat(administration.list()).isEmpty();
    }

    /** Claims what is due now across tenants, as the service's sender does, and sends it in its tenant. */
    private List<Delivery> sendDue(WebhookDispatch dispatch) {
        DueClaims due = new DueClaims(postgres.appDataSource(), "claim_due_webhook_deliveries", "deliveries");
        TenantId me = acting.tenant();
        return due.claim(clock.instant(), 100, "test", Duration.ofMinutes(5)).stream()
                .filter(claimed -> claimed.tenant().equals(me))
                .map(claimed -> dispatch.deliver(claimed.id()))
                .flatMap(Optional::stream).toList();
    }

    private WebhookDispatch dispatch(WebhookPolicy policy) {
        return new WebhookDispatch(endpoints, deliveries, new HttpWebhookTransport(Duration.ofSeconds(5)),
                WebhookDeliveryIT::json, policy, recorder(), clock);
    }

    private WebhookAdministration administration() {
        return new WebhookAdministration(endpoints, deliveries, url -> Optional.empty(), recorder(),
                new SecureRandom());
    }

    private Recorder recorder() {
        return new Recorder(transactions, new JpaAuditLog(transactions), events -> { }, acting, clock);
    }

    private Crm crm(WebhookDispatch dispatch) {
        return new Crm(JpaCrm.ports(transactions, transactions, dispatch::enqueue, acting,
                TenantConfiguration.defaults(), clock));
    }

    /** What the schema's owner reads in the tenant, as a look at the table behind the adapters. */
    private String ownerReads(TenantId tenant, String sql) {
        try (Connection owner = postgres.ownerDataSource().getConnection();
             PreparedStatement enter = owner.prepareStatement("select set_config('app.tenant_id', ?, false)");
             PreparedStatement query = owner.prepareStatement(sql)) {
            enter.setString(1, tenant.value());
            enter.execute();
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as(sql).isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, Object> envelope) {
        try {
            return new ObjectMapper().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Received(Map<String, String> headers, String body) {
    }

    /** A real HTTP receiver on 127.0.0.1 that answers 503 to its first n requests, then 204. */
    private static final class Receiver {

        private final List<Received> requests = new CopyOnWriteArrayList<>();
        private final AtomicInteger failuresLeft = new AtomicInteger();
        private HttpServer server;

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hooks", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
                requests.add(new Received(headers, body));
                int status = failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? 503 : 204;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        void failFirst(int n) {
            failuresLeft.set(n);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        void stop() {
            server.stop(0);
        }
    }
}
