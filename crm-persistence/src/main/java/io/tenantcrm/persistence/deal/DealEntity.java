package io.tenantcrm.persistence.deal;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.deal.LossCategory;
import io.tenantcrm.core.deal.LossReason;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.pipeline.PipelineId;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.mapping.NullableUuidConverter;
import io.tenantcrm.persistence.tenancy.VersionedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Row of {@code deal}; the next step and loss reason are flattened into columns. */
@Entity
@Table(name = "deal")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class DealEntity implements VersionedRow<Deal> {

    @Id
    private UUID id;
    @Version
    private long version;
    private String title;
    @Column(name = "account_id")
    private UUID accountId;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "primary_contact_id")
    private UUID primaryContactId;
    private BigDecimal amount;
    private String currency;
    @Column(name = "expected_close")
    private LocalDate expectedClose;
    @Column(name = "product_interest")
    private String productInterest;
    @Enumerated(EnumType.STRING)
    @Column(name = "trade_terms")
    private Incoterm tradeTerms;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_terms")
    private PaymentTerms paymentTerms;
    @Enumerated(EnumType.STRING)
    private SourceChannel source;
    private String country;
    @Column(name = "pipeline_id")
    private String pipelineId;
    @Column(name = "stage_id")
    private String stageId;
    @Enumerated(EnumType.STRING)
    private DealStatus status;
    @Column(name = "stage_entered_at")
    private Instant stageEnteredAt;
    @Column(name = "owner_id")
    private String ownerId;
    @Column(name = "next_step_action")
    private String nextStepAction;
    @Column(name = "next_step_due")
    private Instant nextStepDue;
    @Enumerated(EnumType.STRING)
    @Column(name = "loss_category")
    private LossCategory lossCategory;
    @Column(name = "loss_sub_reason")
    private String lossSubReason;
    @Column(name = "loss_note")
    private String lossNote;
    @Column(name = "probability_override")
    private Integer probabilityOverride;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    protected DealEntity() {
        // for JPA
    }

    public static DealEntity from(Deal deal) {
        DealEntity row = new DealEntity();
        row.id = deal.id().value();
        row.createdAt = deal.createdAt();
        row.copy(deal);
        return row;
    }

    @Override
    public void copy(Deal deal) {
        title = deal.title();
        accountId = deal.account().value();
        primaryContactId = deal.primaryContact() == null ? null : deal.primaryContact().value();
        amount = deal.amount() == null ? null : deal.amount().amount();
        currency = deal.amount() == null ? null : deal.amount().currency().getCurrencyCode();
        expectedClose = deal.expectedClose();
        productInterest = deal.productInterest();
        tradeTerms = deal.tradeTerms();
        paymentTerms = deal.paymentTerms();
        source = deal.source();
        country = deal.country() == null ? null : deal.country().value();
        pipelineId = deal.pipeline().value();
        stageId = deal.stage().value();
        status = deal.status();
        stageEnteredAt = deal.stageEnteredAt();
        ownerId = deal.owner().value();
        nextStepAction = deal.nextStep() == null ? null : deal.nextStep().action();
        nextStepDue = deal.nextStep() == null ? null : deal.nextStep().due();
        lossCategory = deal.lossReason() == null ? null : deal.lossReason().category();
        lossSubReason = deal.lossReason() == null ? null : deal.lossReason().subReason();
        lossNote = deal.lossReason() == null ? null : deal.lossReason().note();
        probabilityOverride = deal.probabilityOverride();
        lastActivityAt = deal.lastActivityAt();
    }

    public Deal toDomain(TenantId tenant) {
        return new Deal(tenant, new DealId(id), version, title, new AccountId(accountId),
                primaryContactId == null ? null : new ContactId(primaryContactId),
                amount == null ? null : Money.of(amount, currency), expectedClose, productInterest, tradeTerms,
                paymentTerms, source, country == null ? null : CountryCode.of(country), PipelineId.of(pipelineId),
                StageId.of(stageId), status, stageEnteredAt, UserId.of(ownerId),
                nextStepAction == null ? null : new NextStep(nextStepAction, nextStepDue),
                lossCategory == null ? null : new LossReason(lossCategory, lossSubReason, lossNote),
                probabilityOverride, createdAt, lastActivityAt);
    }

    @Override
    public long version() {
        return version;
    }
}
