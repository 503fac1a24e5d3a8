package io.tenantcrm.core.lead;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.account.BuyingRole;
import io.tenantcrm.core.account.Contact;
import io.tenantcrm.core.account.ContactRepository;
import io.tenantcrm.core.activity.TaskRepository;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealChange;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.deal.NewDeal;
import io.tenantcrm.core.deal.StageHistory;
import io.tenantcrm.core.deal.StageTransition;
import io.tenantcrm.core.dedupe.DuplicateAction;
import io.tenantcrm.core.dedupe.DuplicateCheck;
import io.tenantcrm.core.dedupe.DuplicateFoundException;
import io.tenantcrm.core.dedupe.DuplicatePair;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Use case: a lead becomes business in one step: an account (or the existing one given), a contact for the person
 * who asked, and a deal in the pipeline's first stage carrying what the lead said (product interest, source,
 * country). {@link #plan} is the pure decision; {@link #convert} loads, decides and saves it all in one transaction.
 */
public final class LeadConversion {

    private final LeadRepository leads;
    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final DealRepository deals;
    private final StageHistory history;
    private final TaskRepository tasks;
    private final TenantConfiguration configuration;
    private final Recorder recorder;
    private final DuplicateCheck duplicates;

    public LeadConversion(LeadRepository leads, AccountRepository accounts, ContactRepository contacts,
                          DealRepository deals, StageHistory history, TaskRepository tasks,
                          TenantConfiguration configuration, Recorder recorder, DuplicateCheck duplicates) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.deals = Objects.requireNonNull(deals, "deals");
        this.history = Objects.requireNonNull(history, "history");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
    }

    /**
     * Converts the lead, reusing {@code existingAccount} when given (null: create one from the lead).
     *
     * @throws NotFoundException for a lead or account the acting tenant does not have
     * @throws DuplicateFoundException when a new account would surely duplicate one the tenant has and the tenant
     *         blocks duplicates on conversion: convert into that account instead
     */
    public Converted convert(LeadId leadId, AccountId existingAccount, ConversionTerms terms) {
        return recorder.inTransaction(acting -> {
            Lead lead = leads.find(acting.tenant(), leadId).orElseThrow(() -> new NotFoundException("lead", leadId));
            Account account = existingAccount == null ? null : accounts.find(acting.tenant(), existingAccount)
                    .orElseThrow(() -> new NotFoundException("account", existingAccount));
            List<DuplicatePair> possible = duplicatesOf(lead, account == null, acting);
            Converted plan = plan(lead, account, terms, configuration.pipeline(acting.tenant()), acting);
            Optional<Change<Account>> createdAccount = plan.account().map(created -> {
                recorder.keep(created);
                return new Change<>(accounts.add(created.record()), created.events(), created.audit());
            });
            Account accountUsed = createdAccount.map(Change::record).orElse(plan.accountUsed());
            Contact contact = contacts.add(plan.contact().record());
            recorder.keep(plan.contact());
            Deal deal = deals.add(plan.deal().deal());
            plan.deal().tasks().forEach(tasks::add);
            history.append(StageTransition.from(plan.deal().events()));
            recorder.keep(plan.deal().audit(), plan.deal().events());
            Lead converted = leads.update(plan.lead().record());
            recorder.keep(plan.lead());
            return new Converted(new Change<>(converted, plan.lead().events(), plan.lead().audit()), createdAccount,
                    accountUsed, new Change<>(contact, plan.contact().events(), plan.contact().audit()),
                    new DealChange(deal, plan.deal().events(), plan.deal().audit(), plan.deal().tasks(),
                            plan.deal().suggestedFieldsMissing()), possible);
        });
    }

    /**
     * The accounts a new account for this lead would duplicate (refused when the tenant blocks and one is sure),
     * and the contacts its new contact may duplicate (said, never refused: the person may well have two roles).
     */
    private List<DuplicatePair> duplicatesOf(Lead lead, boolean newAccount, Acting acting) {
        DuplicateAction action = configuration.duplicates(acting.tenant()).onConversion();
        if (action == DuplicateAction.ALLOW) {
            return List.of();
        }
        String subject = lead.ref().toString();
        List<DuplicatePair> accounts = newAccount
                ? duplicates.companies(acting.tenant(), subject, lead.matchKeys()) : List.of();
        List<DuplicatePair> sure = accounts.stream().filter(DuplicatePair::sure).toList();
        if (action == DuplicateAction.BLOCK && !sure.isEmpty()) {
            throw new DuplicateFoundException("account", sure);
        }
        List<DuplicatePair> contacts = duplicates.people(acting.tenant(), subject, lead.matchKeys(),
                Set.of(RecordType.CONTACT));
        return Stream.concat(accounts.stream(), contacts.stream()).toList();
    }

    /**
     * Everything a conversion changed. {@code account} is empty when an existing account was reused;
     * {@code possibleDuplicates} names accounts and contacts the new ones may duplicate (empty for a {@link #plan}).
     */
    public record Converted(Change<Lead> lead, Optional<Change<Account>> account, Account accountUsed,
                            Change<Contact> contact, DealChange deal, List<DuplicatePair> possibleDuplicates) {

        public Converted {
            possibleDuplicates = List.copyOf(possibleDuplicates);
        }
    }

    /** The pure decision: what converting this lead changes. Nothing is saved. */
    public static Converted plan(Lead lead, Account existingAccount, ConversionTerms terms, Pipeline pipeline,
                                    Acting acting) {
        if (!lead.status().canMoveTo(LeadStatus.CONVERTED)) {
            throw new RuleViolationException("status", "a " + lead.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " lead cannot be converted");
        }
        if (existingAccount != null && !existingAccount.tenant().equals(lead.tenant())) {
            throw new IllegalArgumentException("the account belongs to another tenant");
        }
        UserId owner = terms.dealOwner() != null ? terms.dealOwner()
                : lead.owner() != null ? lead.owner() : acting.user();
        ContactDetails who = lead.contact();

        Optional<Change<Account>> createdAccount = existingAccount != null ? Optional.empty()
                : Optional.of(Account.create(who.companyName() != null ? who.companyName() : who.displayName(),
                        lead.country(), owner, acting));
        Account account = createdAccount.map(Change::record).orElse(existingAccount);

        Change<Contact> contact = Contact.create(account.id(), who.personName(), who.email(), who.phone(),
                BuyingRole.OTHER, acting);

        DealChange deal = Deal.open(NewDeal.of(terms.dealTitle(), account.id(), owner, terms.nextStep())
                        .withAmount(terms.amount())
                        .withContact(contact.record().id())
                        .withProductInterest(lead.productInterest())
                        .withOrigin(lead.source(), lead.country()),
                pipeline, acting);

        Change<Lead> converted = lead.convertedInto(
                new Lead.Conversion(account.id(), contact.record().id(), deal.deal().id()), acting);
        return new Converted(converted, createdAccount, account, contact, deal, List.of());
    }
}
