package io.tenantcrm.persistence.lead;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.lead.Attachment;
import io.tenantcrm.core.lead.BuyingStage;
import io.tenantcrm.core.lead.CompanyType;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.lead.NeedClarity;
import io.tenantcrm.core.lead.PurchaseFrequency;
import io.tenantcrm.core.lead.Qualification;
import io.tenantcrm.core.lead.VolumeBand;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.PhoneNumber;
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

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Row of {@code lead}; contact details and qualification answers are flattened into columns. */
@Entity
@Table(name = "lead")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class LeadEntity implements VersionedRow<Lead> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private SourceChannel source;
    @Column(name = "source_detail")
    private String sourceDetail;
    @Column(name = "received_at", updatable = false)
    private Instant receivedAt;
    @Column(name = "person_name")
    private String personName;
    @Column(name = "company_name")
    private String companyName;
    private String email;
    private String phone;
    @Column(name = "job_title")
    private String jobTitle;
    private String country;
    @Column(name = "product_interest")
    private String productInterest;
    private String message;
    private String attachments;
    @Enumerated(EnumType.STRING)
    private LeadStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "owner_id")
    private String ownerId;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "converted_account_id")
    private UUID convertedAccountId;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "converted_contact_id")
    private UUID convertedContactId;
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "converted_deal_id")
    private UUID convertedDealId;
    @Enumerated(EnumType.STRING)
    @Column(name = "q_need_clarity")
    private NeedClarity needClarity;
    @Enumerated(EnumType.STRING)
    @Column(name = "q_buying_stage")
    private BuyingStage buyingStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "q_volume")
    private VolumeBand volume;
    @Enumerated(EnumType.STRING)
    @Column(name = "q_frequency")
    private PurchaseFrequency frequency;
    @Enumerated(EnumType.STRING)
    @Column(name = "q_payment_terms")
    private PaymentTerms requestedPaymentTerms;
    @Enumerated(EnumType.STRING)
    @Column(name = "q_trade_terms")
    private Incoterm requestedTradeTerms;
    @Enumerated(EnumType.STRING)
    @Column(name = "q_company_type")
    private CompanyType companyType;
    @Column(name = "q_product_line")
    private String productLine;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected LeadEntity() {
        // for JPA
    }

    public static LeadEntity from(Lead lead) {
        LeadEntity row = new LeadEntity();
        row.id = lead.id().value();
        row.receivedAt = lead.receivedAt();
        row.createdAt = lead.createdAt();
        row.copy(lead);
        return row;
    }

    @Override
    public void copy(Lead lead) {
        source = lead.source();
        sourceDetail = lead.sourceDetail();
        ContactDetails contact = lead.contact();
        personName = contact.personName();
        companyName = contact.companyName();
        email = contact.email() == null ? null : contact.email().value();
        phone = contact.phone() == null ? null : contact.phone().value();
        jobTitle = contact.jobTitle();
        country = lead.country() == null ? null : lead.country().value();
        productInterest = lead.productInterest();
        message = lead.message();
        attachments = AttachmentsColumn.write(lead.attachments());
        status = lead.status();
        statusReason = lead.statusReason();
        ownerId = lead.owner() == null ? null : lead.owner().value();
        convertedAccountId = lead.conversion() == null ? null : lead.conversion().account().value();
        convertedContactId = lead.conversion() == null ? null : lead.conversion().contact().value();
        convertedDealId = lead.conversion() == null ? null : lead.conversion().deal().value();
        Qualification q = lead.qualification();
        needClarity = q.needClarity();
        buyingStage = q.buyingStage();
        volume = q.volume();
        frequency = q.frequency();
        requestedPaymentTerms = q.requestedPaymentTerms();
        requestedTradeTerms = q.requestedTradeTerms();
        companyType = q.companyType();
        productLine = q.productLine();
    }

    public Lead toDomain(TenantId tenant) {
        List<Attachment> files = AttachmentsColumn.read(attachments);
        Lead.Conversion conversion = convertedDealId == null ? null : new Lead.Conversion(
                new AccountId(convertedAccountId), new ContactId(convertedContactId), new DealId(convertedDealId));
        return new Lead(tenant, new LeadId(id), version, source, sourceDetail, receivedAt,
                new ContactDetails(personName, companyName, email == null ? null : EmailAddress.of(email),
                        phone == null ? null : new PhoneNumber(phone), jobTitle),
                country == null ? null : CountryCode.of(country), productInterest, message, files, status,
                statusReason, ownerId == null ? null : UserId.of(ownerId), conversion,
                new Qualification(needClarity, buyingStage, volume, frequency, requestedPaymentTerms,
                        requestedTradeTerms, companyType, productLine), createdAt);
    }

    @Override
    public long version() {
        return version;
    }
}
