package io.tenantcrm.persistence.schema;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.ConversionTerms;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.ActingUser;
import io.tenantcrm.persistence.JpaCrm;
import io.tenantcrm.persistence.PostgresFixture;
import io.tenantcrm.persistence.TenantRows;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration 11 gives records written before match keys existed the same keys the adapters write today. */
class MatchKeysOfExistingRecordsIT {

    @Test
    void records_from_before_version_10_get_the_keys_their_adapters_would_write() throws Exception {
        PostgresFixture postgres = PostgresFixture.shared();
        ActingUser acting = new ActingUser();
        LocalTransactions transactions = new LocalTransactions(postgres.units(), acting);
        Crm crm = new Crm(JpaCrm.ports(transactions, transactions, events -> { }, acting,
                TenantConfiguration.defaults(), Clock.systemUTC()));
        TenantId tenant = postgres.newTenant("older");
        acting.actAs(tenant, UserId.of("rita"));
        Lead converted = crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM, ContactDetails.of("Li Wei",
                "Shenzhen Pumps Co., Ltd.", EmailAddress.of("li.wei@szpumps.cn"), null), CountryCode.of("CN"), null));
        crm.leadConversion().convert(converted.id(), null, ConversionTerms.of("Pumps",
                new NextStep("Call", Instant.now().plus(Duration.ofDays(1)))));
        crm.leadIntake().receive(NewLead.of(SourceChannel.TRADE_SHOW, ContactDetails.of("Ana Costa", null,
                EmailAddress.of("ana.costa+fair@gmail.com"), PhoneNumber.parse("+351 21 123 4567", null)),
                CountryCode.of("PT"), null));
        Map<String, List<String>> written = TenantRows.of(postgres.appDataSource(), tenant);
        assertThat(written.get("match_key")).hasSizeGreaterThan(5);

        try (Connection owner = postgres.ownerDataSource().getConnection()) {
            owner.setAutoCommit(false);
            try (PreparedStatement forget = owner.prepareStatement(
                    "SELECT set_config('app.tenant_id', ?, true); DELETE FROM match_key WHERE tenant_id = ?")) {
                forget.setString(1, tenant.value());
                forget.setString(2, tenant.value());
                forget.execute();
            }
            owner.commit();
            assertThat(TenantRows.of(postgres.appDataSource(), tenant)).doesNotContainKey("match_key");

            MatchKeysOfExistingRecords.initial().migrate(context(owner));
            owner.commit();
        }

        assertThat(TenantRows.of(postgres.appDataSource(), tenant)).isEqualTo(written);
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                throw new UnsupportedOperationException("not read by this migration");
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
