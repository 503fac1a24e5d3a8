package io.tenantcrm.persistence.tenant;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.access.RecordShare;
import io.tenantcrm.core.access.SalesTeam;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.ConversionTerms;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.ActingUser;
import io.tenantcrm.persistence.JpaCrm;
import io.tenantcrm.persistence.PostgresFixture;
import io.tenantcrm.persistence.TenantRows;
import io.tenantcrm.persistence.access.JpaRecordShares;
import io.tenantcrm.persistence.access.JpaSalesTeams;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export, erase and restore of a whole tenant on real PostgreSQL as the application role. */
class TenantArchiveIT {

    static final UserId RITA = UserId.of("rita");
    static final UserId MARA = UserId.of("mara");

    PostgresFixture postgres;
    ActingUser acting;
    LocalTransactions transactions;
    Crm crm;
    JdbcTenantData data;
    TenantId a;
    TenantId b;

    @BeforeEach
    void twoTenantsWithData() {
        postgres = PostgresFixture.shared();
        acting = new ActingUser();
        transactions = new LocalTransactions(postgres.units(), acting);
        crm = new Crm(JpaCrm.ports(transactions, transactions, events -> { }, acting, TenantConfiguration.defaults(),
                Clock.systemUTC()));
        data = new JdbcTenantData(postgres.appDataSource(), Clock.systemUTC());
        a = postgres.newTenant("archived");
        b = postgres.newTenant("bystander");
        salesWork(a, "ana@kunde.de");
        salesWork(b, "bob@client.fr");
    }

    @Test
    void export_erase_and_restore_give_back_every_row_exactly() throws Exception {
        Map<String, List<String>> before = rowsOf(a);
        Map<String, List<String>> bystander = rowsOf(b);
        assertThat(before.keySet()).contains("lead", "deal", "account", "contact", "task", "audit_entry",
                "stage_transition", "sales_team_member", "record_share");

        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        data.export(a, List.of(new IdentityDirectory.Person(RITA, "rita@archived.test", "Rita", "Rep",
                Set.of(CrmRole.SALES_REP), true)), archive);
        assertThat(archive.toString(StandardCharsets.UTF_8)).startsWith("{\"format\":\"tenant-crm-archive/1\"")
                .contains("\"email\":\"rita@archived.test\"");

        data.erase(a);
        assertThat(data.rowCount(a)).isZero();
        assertThat(rowsOf(a)).isEmpty();
        assertThat(rowsOf(b)).as("the other tenant is untouched").isEqualTo(bystander);

        assertThat(data.restore(new ByteArrayInputStream(archive.toByteArray())).id()).isEqualTo(a);
        assertThat(rowsOf(a)).isEqualTo(before);
        assertThat(rowsOf(b)).isEqualTo(bystander);

        assertThatThrownBy(() -> data.restore(new ByteArrayInputStream(archive.toByteArray())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("exists");
    }

    @Test
    void an_archive_from_another_schema_or_cut_short_writes_nothing() throws Exception {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        data.export(a, List.of(), archive);
        String text = archive.toString(StandardCharsets.UTF_8);
        data.erase(a);

        String otherSchema = text.replace("\"columns\":[\"tenant_id\"", "\"columns\":[\"tenant_id\",\"legacy\"");
        assertThatThrownBy(() -> data.restore(bytes(otherSchema))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("another schema version");
        assertThat(data.rowCount(a)).as("nothing half-written").isZero();

        String cut = text.substring(0, text.length() * 2 / 3);
        assertThatThrownBy(() -> data.restore(bytes(cut))).hasMessageContaining("archive");
        assertThat(data.rowCount(a)).isZero();

        String smuggled = text.replaceFirst("\"rows\":\\[\\{\"tenant_id\":\"" + a.value() + "\"",
                "\"rows\":[{\"tenant_id\":\"" + b.value() + "\"");
        assertThatThrownBy(() -> data.restore(bytes(smuggled))).hasMessageContaining("another tenant");
        assertThat(data.rowCount(a)).isZero();
    }

    @Test
    void erasing_is_possible_only_for_the_tenant_the_transaction_is_set_to() throws SQLException {
        try (Connection app = postgres.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, b.value());
                set.execute();
            }
            try (PreparedStatement erase = app.prepareStatement("select erase_tenant(?)")) {
                erase.setString(1, a.value());
                assertThatThrownBy(erase::execute).hasMessageContaining("is not the tenant of this transaction");
            }
            app.rollback();
        }
        assertThat(data.rowCount(a)).isGreaterThan(1);
    }

    private void salesWork(TenantId tenant, String email) {
        acting.actAs(tenant, RITA);
        Lead lead = crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM,
                ContactDetails.of("Buyer", "Buyer GmbH", EmailAddress.of(email), null), CountryCode.of("DE"),
                "valves"));
        Deal deal = crm.leadConversion().convert(lead.id(), null, ConversionTerms.of("Valves",
                new NextStep("Call", Instant.now().plus(Duration.ofDays(1)))).withAmount(Money.of("1234.50", "EUR")))
                .deal().deal();
        crm.deals().moveTo(deal.id(), StageId.of("needs-confirmed"),
                new NextStep("Send specs", Instant.now().plus(Duration.ofDays(2))));
        transactions.inTransaction(() -> {
            new JpaSalesTeams(transactions, Clock.systemUTC()).save(tenant, new SalesTeam(MARA, Set.of(RITA)));
            new JpaRecordShares(transactions).add(tenant, new RecordShare(new RecordRef(RecordType.DEAL,
                    deal.id().value().toString()), MARA, RITA, Instant.now()));
            return null;
        });
    }

    private Map<String, List<String>> rowsOf(TenantId tenant) throws SQLException {
        return TenantRows.of(postgres.appDataSource(), tenant);
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
