package io.tenantcrm.persistence.quote;

import io.tenantcrm.core.approval.ApprovalStep;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.quote.Quote;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.quote.VersionStatus;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.VersionedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;

/**
 * Row of {@code quote}: the versions as one JSON document; the latest version's status and who its waiting
 * approval step is assigned to beside it, for the queries.
 */
@Entity
@Table(name = "quote")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class QuoteEntity implements VersionedRow<Quote> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(updatable = false)
    private String number;
    @Column(name = "deal_id", updatable = false)
    private UUID dealId;
    @Column(name = "owner_id")
    private String ownerId;
    @Column(updatable = false)
    private String currency;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "latest_status")
    private VersionStatus latestStatus;
    @Column(name = "waiting_for")
    private String waitingFor;
    private String versions;

    protected QuoteEntity() {
        // for JPA
    }

    static QuoteEntity from(Quote quote) {
        QuoteEntity row = new QuoteEntity();
        row.id = quote.id().value();
        row.number = quote.number();
        row.dealId = quote.deal().value();
        row.currency = quote.currency().getCurrencyCode();
        row.createdAt = quote.createdAt();
        row.copy(quote);
        return row;
    }

    @Override
    public void copy(Quote quote) {
        ownerId = quote.owner().value();
        latestStatus = quote.latest().status();
        Set<UserId> waiting = latestStatus != VersionStatus.IN_APPROVAL ? Set.of()
                : quote.latest().approval().waiting().map(ApprovalStep::approvers).orElse(Set.of());
        waitingFor = ChainDocuments.waitingFor(waiting);
        versions = ChainDocuments.versions(quote.versions());
    }

    @Override
    public long version() {
        return version;
    }

    Quote toDomain(TenantId tenant) {
        Currency money = Currency.getInstance(currency);
        return new Quote(tenant, new QuoteId(id), version, number, new DealId(dealId), UserId.of(ownerId), money,
                ChainDocuments.versions(versions, money), createdAt);
    }
}
