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
}
