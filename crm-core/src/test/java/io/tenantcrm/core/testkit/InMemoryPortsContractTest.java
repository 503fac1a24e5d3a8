package io.tenantcrm.core.testkit;

import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.contract.CrmPortsContract;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The in-memory testkit keeps the same contract as the database adapters. */
class InMemoryPortsContractTest extends CrmPortsContract {

    @Override
    protected Fixture createFixture() {
        InMemoryCrm store = new InMemoryCrm();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CrmPorts ports = store.ports(TenantConfiguration.defaults(), Clock.fixed(now, ZoneOffset.UTC));
        return new Fixture() {
            public CrmPorts ports() {
                return ports;
            }

            public io.tenantcrm.core.deal.DealQueries dealQueries() {
                return store.deals();
            }

            public io.tenantcrm.core.lead.LeadQueries leadQueries() {
                return store.leads();
            }

            public io.tenantcrm.core.tenant.TenantSettings settings() {
                return store.settings();
            }

            public io.tenantcrm.core.pipeline.PipelineRepository pipelines() {
                return store.pipelines();
            }

            public void actAs(TenantId tenant, UserId user) {
                store.actAs(tenant, user);
            }

            public TenantId tenantA() {
                return TenantId.of("tenant-a");
            }

            public TenantId tenantB() {
                return TenantId.of("tenant-b");
            }

            public Instant now() {
                return now;
            }

            public ChainStores chain() {
                return new ChainStores(store.products(), store.quotes(), store.orders(), store.documentNumbers());
            }

            @Override
            public io.tenantcrm.core.search.RecordSearch search() {
                return store.recordSearch();
            }

            @Override
            public io.tenantcrm.core.imports.ImportJobRepository imports() {
                return store.importJobs();
            }

            @Override
            public io.tenantcrm.core.assignment.AssignmentPolicies assignmentPolicies() {
                return store.assignmentPolicies();
            }

            @Override
            public io.tenantcrm.core.assignment.PoolStates poolStates() {
                return store.poolStates();
            }
        };
    }
}
