package io.tenantcrm.persistence;

import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.contract.CrmPortsContract;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.tenancy.LocalTransactions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The JPA adapters on real PostgreSQL, as the application role, keep crm-core's port contract. */
class JpaPortsContractIT extends CrmPortsContract {

    @Override
    protected Fixture createFixture() {
        PostgresFixture postgres = PostgresFixture.shared();
        TenantId a = postgres.newTenant("tenant-a");
        TenantId b = postgres.newTenant("tenant-b");
        ActingUser acting = new ActingUser();
        LocalTransactions transactions = new LocalTransactions(postgres.units(), acting);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CrmPorts ports = JpaCrm.ports(transactions, transactions, events -> { }, acting,
                TenantConfiguration.defaults(), Clock.fixed(now, ZoneOffset.UTC));
        return new Fixture() {
            public CrmPorts ports() {
                return ports;
            }

            public io.tenantcrm.core.deal.DealQueries dealQueries() {
                return new io.tenantcrm.persistence.deal.JpaDealRepository(transactions);
            }

            public io.tenantcrm.core.lead.LeadQueries leadQueries() {
                return new io.tenantcrm.persistence.lead.JpaLeadRepository(transactions);
            }

            public io.tenantcrm.core.tenant.TenantSettings settings() {
                return new io.tenantcrm.persistence.tenant.JpaTenantSettings(transactions, Clock.systemUTC());
            }

            public io.tenantcrm.core.pipeline.PipelineRepository pipelines() {
                return new io.tenantcrm.persistence.pipeline.JpaPipelineRepository(transactions);
            }

            public void actAs(TenantId tenant, UserId user) {
                acting.actAs(tenant, user);
            }

            public TenantId tenantA() {
                return a;
            }

            public TenantId tenantB() {
                return b;
            }

            public Instant now() {
                return now;
            }

            public ChainStores chain() {
                return new ChainStores(new io.tenantcrm.persistence.product.JpaProductRepository(transactions),
                        new io.tenantcrm.persistence.quote.JpaQuoteRepository(transactions),
                        new io.tenantcrm.persistence.order.JpaOrderRepository(transactions),
                        new io.tenantcrm.persistence.order.JpaDocumentNumbers(transactions));
            }

            @Override
            public io.tenantcrm.core.search.RecordSearch search() {
                return new io.tenantcrm.persistence.search.JpaRecordSearch(transactions);
            }

            @Override
            public io.tenantcrm.core.imports.ImportJobRepository imports() {
                return new io.tenantcrm.persistence.imports.ImportJobStore(transactions);
            }

            @Override
            public io.tenantcrm.core.assignment.AssignmentPolicies assignmentPolicies() {
                return new io.tenantcrm.persistence.assignment.JpaAssignmentPolicies(transactions, Clock.systemUTC());
            }

            @Override
            public io.tenantcrm.core.assignment.PoolStates poolStates() {
                return new io.tenantcrm.persistence.assignment.JpaPoolStates(transactions);
            }
        };
    }
}
