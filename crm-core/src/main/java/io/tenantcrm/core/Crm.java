package io.tenantcrm.core;

import io.tenantcrm.core.account.AccountBook;
import io.tenantcrm.core.activity.TaskList;
import io.tenantcrm.core.activity.Timeline;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.DealProgression;
import io.tenantcrm.core.dedupe.DuplicateCheck;
import io.tenantcrm.core.dedupe.KeptFrequencies;
import io.tenantcrm.core.lead.LeadConversion;
import io.tenantcrm.core.lead.LeadIntake;
import io.tenantcrm.core.lead.LeadTriage;
import io.tenantcrm.core.order.Ordering;
import io.tenantcrm.core.product.ProductCatalogue;
import io.tenantcrm.core.quote.Quoting;
import io.tenantcrm.core.sla.SlaClocks;

/**
 * The entry point for embedders: crm-core's use cases, wired to the ports the application provides.
 *
 * <pre>{@code
 * Crm crm = new Crm(ports);
 * Lead lead = crm.leadIntake().receive(inquiry);
 * LeadConversion.Converted converted = crm.leadConversion().convert(lead.id(), null, terms);
 * crm.deals().moveTo(converted.deal().deal().id(), StageId.of("quote"), null);
 * }</pre>
 */
public final class Crm {

    private final LeadIntake leadIntake;
    private final LeadTriage leadTriage;
    private final LeadConversion leadConversion;
    private final DealProgression deals;
    private final Timeline timeline;
    private final TaskList tasks;
    private final AccountBook accounts;
    private final DuplicateCheck duplicates;
    private final ProductCatalogue products;
    private final SlaClocks slaClocks;
    private final Quoting quoting;
    private final Ordering ordering;

    /** How long a tenant's name frequencies are used before they are counted again. */
    static final java.time.Duration FREQUENCIES_KEPT = java.time.Duration.ofMinutes(15);

    public Crm(CrmPorts ports) {
        Recorder recorder = new Recorder(ports.unitOfWork(), ports.auditLog(), ports.events(), ports.currentUser(),
                ports.clock());
        this.duplicates = new DuplicateCheck(ports.duplicates(), ports.nameSimilarity(),
                ports.configuration()::duplicates, new KeptFrequencies(ports.duplicates()::frequencies,
                ports.clock(), FREQUENCIES_KEPT));
        this.leadIntake = new LeadIntake(ports.leads(), ports.configuration(), recorder, duplicates);
        this.leadTriage = new LeadTriage(ports.leads(), recorder);
        this.leadConversion = new LeadConversion(ports.leads(), ports.accounts(), ports.contacts(), ports.deals(),
                ports.stageHistory(), ports.tasks(), ports.configuration(), recorder, duplicates);
        this.deals = new DealProgression(ports.deals(), ports.stageHistory(), ports.tasks(), ports.configuration(),
                recorder);
        this.timeline = new Timeline(ports.activities(), ports.deals(), recorder);
        this.tasks = new TaskList(ports.tasks(), recorder);
        this.accounts = new AccountBook(ports.accounts(), ports.contacts(), recorder);
        CrmPorts.Selling selling = ports.selling();
        if (selling == null) {
            this.products = null;
            this.slaClocks = null;
            this.quoting = null;
            this.ordering = null;
            return;
        }
        this.products = new ProductCatalogue(selling.products(), recorder);
        this.slaClocks = new SlaClocks(new SlaClocks.Ports(selling.slaTimers(), ports.leads(), ports.deals(),
                ports.accounts(), ports.tasks(), ports.activities(), selling.salesTeams(), ports.configuration()),
                recorder);
        this.quoting = new Quoting(new Quoting.Ports(selling.quotes(), selling.products(), ports.deals(),
                ports.activities(), selling.numbers(), selling.approvers(), selling.slaTimers(),
                ports.configuration()), recorder, slaClocks);
        this.ordering = new Ordering(new Ordering.Ports(selling.orders(), selling.quotes(), ports.deals(),
                ports.activities(), selling.numbers(), ports.tasks(), selling.salesTeams(), selling.slaTimers(),
                ports.configuration()), deals, recorder);
    }

    /** Inquiries in. */
    public LeadIntake leadIntake() {
        return leadIntake;
    }

    /** Work, nurture, qualify, disqualify, assign leads. */
    public LeadTriage leadTriage() {
        return leadTriage;
    }

    /** Lead to account, contact and deal in one step. */
    public LeadConversion leadConversion() {
        return leadConversion;
    }

    /** Deals through the pipeline. */
    public DealProgression deals() {
        return deals;
    }

    /** Activities: the customer's history. */
    public Timeline timeline() {
        return timeline;
    }

    /** Customer companies and their contacts. */
    public AccountBook accounts() {
        return accounts;
    }

    /** Who a person or company may already be in the tenant. */
    public DuplicateCheck duplicates() {
        return duplicates;
    }

    /** The acting user's tasks. */
    public TaskList tasks() {
        return tasks;
    }

    /** The product catalogue quotes draw on. Needs {@link CrmPorts#withSelling}. */
    public ProductCatalogue products() {
        return selling(products);
    }

    /**
     * The promises to customers: first response, proposal due, rotting deals, quote follow-ups. They follow domain
     * events: hand each event your {@link io.tenantcrm.core.shared.EventPublisher} receives to
     * {@link SlaClocks#on}, in the same transaction, and fire each timer that falls due ({@link SlaClocks#fire})
     * from your scheduler. Needs {@link CrmPorts#withSelling}.
     */
    public SlaClocks slaClocks() {
        return selling(slaClocks);
    }

    /** Quotes: versions, approval of discounts, sending, acceptance. Needs {@link CrmPorts#withSelling}. */
    public Quoting quoting() {
        return selling(quoting);
    }

    /** Orders from accepted quotes, their instalments and payments. Needs {@link CrmPorts#withSelling}. */
    public Ordering ordering() {
        return selling(ordering);
    }

    private static <T> T selling(T useCase) {
        if (useCase == null) {
            throw new IllegalStateException("this Crm was built without the selling ports: give them with"
                    + " CrmPorts.withSelling");
        }
        return useCase;
    }
}
