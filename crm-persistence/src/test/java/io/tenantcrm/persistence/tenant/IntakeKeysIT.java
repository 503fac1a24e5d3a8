package io.tenantcrm.persistence.tenant;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.IntakeKey;
import io.tenantcrm.core.tenant.IntakeKeyAdministration;
import io.tenantcrm.persistence.ActingUser;
import io.tenantcrm.persistence.PostgresFixture;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Intake keys on real PostgreSQL as the application role: issued, found, admitted, revoked, in their tenant. */
class IntakeKeysIT {

    @Test
    void a_key_is_issued_once_found_by_what_the_caller_presents_and_revoked_for_good() {
        PostgresFixture postgres = PostgresFixture.shared();
        ActingUser acting = new ActingUser();
        LocalTransactions transactions = new LocalTransactions(postgres.units(), acting);
        JpaIntakeKeys keys = new JpaIntakeKeys(transactions);
        JpaAuditLog audit = new JpaAuditLog(transactions);
        IntakeKeyAdministration administration = new IntakeKeyAdministration(keys,
                new Recorder(transactions, audit, events -> { }, acting,
                        Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC)), new SecureRandom());
        TenantId tenant = postgres.newTenant("forms");
        TenantId other = postgres.newTenant("other-forms");
        acting.actAs(tenant, UserId.of("ada"));

        IntakeKeyAdministration.Issued issued = administration.issue("website form", SourceChannel.MARKETPLACE);
        IntakeKey.Presented presented = IntakeKey.Presented.parse(issued.presentable()).orElseThrow();

        assertThat(presented.tenant()).isEqualTo(tenant);
        IntakeKey found = transactions.inTransaction(() -> keys.find(tenant, presented.id())).orElseThrow();
        assertThat(found).isEqualTo(issued.key());
        assertThat(found.admits(presented)).isTrue();
        assertThat(administration.list()).containsExactly(issued.key());
        acting.actAs(other, UserId.of("olga"));
        assertThat(transactions.inTransaction(() -> keys.find(other, presented.id()))).as("another tenant's")
                .isEmpty();
        acting.actAs(tenant, UserId.of("ada"));

        IntakeKey revoked = administration.revoke(presented.id(), "form retired");

        assertThat(revoked.revoked()).isTrue();
        assertThat(transactions.inTransaction(() -> keys.find(tenant, presented.id())).orElseThrow()
                .admits(presented)).isFalse();
        assertThatThrownBy(() -> administration.revoke(presented.id(), null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("revoked already");
        assertThat(transactions.inTransaction(() -> audit.historyOf(tenant, issued.key().ref())))
                .extracting(AuditEntry::field).containsExactly("record", "revokedAt");
    }
}
