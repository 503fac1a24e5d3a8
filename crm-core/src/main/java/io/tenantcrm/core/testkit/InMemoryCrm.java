package io.tenantcrm.core.testkit;

import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.approval.ApproverDirectory;
import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.account.Contact;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.account.ContactRepository;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityId;
import io.tenantcrm.core.activity.ActivityRepository;
import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.activity.TaskId;
import io.tenantcrm.core.activity.TaskRepository;
import io.tenantcrm.core.activity.TaskStatus;
import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.AuditLog;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealQueries;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.deal.StageHistory;
import io.tenantcrm.core.deal.StageTransition;
import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicateIndex;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.dedupe.NameSimilarity;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.lead.LeadQueries;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.PipelineId;
import io.tenantcrm.core.pipeline.PipelineRepository;
import io.tenantcrm.core.search.RecordSearch;
import io.tenantcrm.core.search.SearchHit;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.CustomerId;
import io.tenantcrm.core.shared.Cursor;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.EventPublisher;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.SettingKeys;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.core.tenant.TenantSettings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every port of crm-core in memory, to try the library (or test an application) without a database. Transactions
 * are real: a use case that fails leaves every table, the audit trail and the events as they were; events reach
 * listeners only after the transaction commits. One lock serialises transactions. Not for production data.
 */
public final class InMemoryCrm implements UnitOfWork, AuditLog, EventPublisher, CurrentUser {

    private final Object lock = new Object();
    private final VersionedTable<LeadId, Lead> leadTable =
            new VersionedTable<>("lead", Lead::tenant, Lead::id, Lead::version, Lead::withVersion);
    private final VersionedTable<AccountId, Account> accountTable =
            new VersionedTable<>("account", Account::tenant, Account::id, Account::version, Account::withVersion);
    private final VersionedTable<ContactId, Contact> contactTable =
            new VersionedTable<>("contact", Contact::tenant, Contact::id, Contact::version, Contact::withVersion);
    private final VersionedTable<DealId, Deal> dealTable =
            new VersionedTable<>("deal", Deal::tenant, Deal::id, Deal::version, Deal::withVersion);
    private final VersionedTable<ActivityId, Activity> activityTable = new VersionedTable<>("activity",
            Activity::tenant, Activity::id, Activity::version, Activity::withVersion);
    private final VersionedTable<TaskId, Task> taskTable =
            new VersionedTable<>("task", Task::tenant, Task::id, Task::version, Task::withVersion);
    private final InMemoryProducts products = new InMemoryProducts(lock);
    private final InMemoryQuotes quotes = new InMemoryQuotes(lock);
    private final InMemoryOrders orders = new InMemoryOrders(lock);
    private final InMemoryDocumentNumbers numbers = new InMemoryDocumentNumbers(lock);
    private final InMemorySlaTimers timers = new InMemorySlaTimers(lock);
    private final InMemorySalesTeams teams = new InMemorySalesTeams(lock);
    private final InMemoryImportJobs importJobs = new InMemoryImportJobs(lock);
    private final InMemoryAssignmentPolicies assignmentPolicies = new InMemoryAssignmentPolicies(lock);
    private final InMemoryPoolStates poolStates = new InMemoryPoolStates(lock, assignmentPolicies,
            leadTable::all);
    private final List<Transactional> tables = List.of(leadTable, accountTable, contactTable, dealTable,
            activityTable, taskTable, products.table, quotes.table, orders.table, numbers, timers, teams, importJobs,
            assignmentPolicies);

    private List<AuditEntry> audit = new ArrayList<>();
    private Map<TenantId, Map<String, String>> settingsByTenant = new HashMap<>();
    private Map<TenantId, Map<PipelineId, Pipeline>> pipelinesByTenant = new HashMap<>();
    private List<StageTransition> transitions = new ArrayList<>();
    private final List<DomainEvent> published = new ArrayList<>();
    private final List<DomainEvent> pending = new ArrayList<>();
    private final List<Consumer<DomainEvent>> listeners = new ArrayList<>();
    private boolean inTransaction;
    private TenantId actingTenant;
    private UserId actingUser;

    /** Who the following calls act as, like a signed-in session. */
    public InMemoryCrm actAs(TenantId tenant, UserId user) {
        synchronized (lock) {
            this.actingTenant = Objects.requireNonNull(tenant, "tenant");
            this.actingUser = Objects.requireNonNull(user, "user");
            return this;
        }
    }

    /** All the ports, ready for {@link io.tenantcrm.core.Crm}; company names match only when equal. */
    public CrmPorts ports(TenantConfiguration configuration, Clock clock) {
        return ports(configuration, clock, (a, b) -> a.equals(b) ? 1.0 : 0.0);
    }

    /**
     * All the ports, with the company-name similarity duplicate checks use, and the selling ports: discounts are
     * approved by the owner's manager in {@link #salesTeams()}, and by no one by role (this store knows no roles;
     * give your own {@link ApproverDirectory} with {@link CrmPorts#withSelling}).
     */
    public CrmPorts ports(TenantConfiguration configuration, Clock clock, NameSimilarity similarity) {
        return new CrmPorts(leads(), accounts(), contacts(), deals(), stageHistory(), activities(), tasks(), this,
                this, this, this, configuration, clock, duplicateIndex(), similarity)
                .withSelling(selling(ApproverDirectory.of(salesTeams(), (tenant, role) -> Set.of())));
    }

    /** The catalogue, quotes, orders, numbers, SLA timers and teams of this store, with the given approvers. */
    public CrmPorts.Selling selling(ApproverDirectory approvers) {
        return new CrmPorts.Selling(products(), quotes(), orders(), documentNumbers(), approvers, slaTimers(),
                salesTeams());
    }

    /**
     * The match keys of every lead not yet converted, contact and account, computed on each look-up: a candidate
     * shares a key or its company name is given (the similarity decides how alike); fine for the small tenants
     * this is for.
     */
    public DuplicateIndex duplicateIndex() {
        return new DuplicateIndex() {
            @Override
            public List<Candidate> candidates(TenantId tenant, MatchKeys keys, Set<RecordType> types) {
                List<Candidate> found = new ArrayList<>();
                for (RecordType type : types) {
                    forEach(tenant, type, candidate -> {
                        if (sharesAKey(keys, candidate.keys())) {
                            found.add(candidate);
                        }
                    });
                }
                return found;
            }

            @Override
            public void forEach(TenantId tenant, RecordType type, Consumer<Candidate> each) {
                List<Candidate> all = locked(() -> switch (type) {
                    case LEAD -> leadTable.all(tenant).filter(lead -> lead.status() != LeadStatus.CONVERTED)
                            .map(lead -> Candidate.of(lead.ref(), lead.matchKeys())).toList();
                    case CONTACT -> contactTable.all(tenant)
                            .map(contact -> Candidate.of(contact.ref(), contact.matchKeys())).toList();
                    case ACCOUNT -> accountTable.all(tenant)
                            .map(account -> Candidate.of(account.ref(), account.matchKeys())).toList();
                    default -> List.<Candidate>of();
                });
                all.forEach(each);
            }
        };
    }

    private static boolean sharesAKey(MatchKeys a, MatchKeys b) {
        return same(a.mailbox(), b.mailbox()) || same(a.phone(), b.phone()) || same(a.personName(), b.personName())
                || same(a.emailDomain(), b.emailDomain()) || same(a.websiteDomain(), b.websiteDomain())
                || a.companyName() != null && b.companyName() != null;
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }

    /** Called after each committed transaction with each of its events. */
    public void onEvent(Consumer<DomainEvent> listener) {
        synchronized (lock) {
            listeners.add(listener);
        }
    }

    public List<DomainEvent> publishedEvents() {
        synchronized (lock) {
            return List.copyOf(published);
        }
    }

    public List<AuditEntry> auditTrail() {
        synchronized (lock) {
            return List.copyOf(audit);
        }
    }

    /** How many accounts and contacts a tenant has: lets tests see that a rolled-back change left none. */
    long accountsAndContacts(TenantId tenant) {
        synchronized (lock) {
            return accountTable.all(tenant).count() + contactTable.all(tenant).count();
        }
    }

    // --- UnitOfWork, AuditLog, EventPublisher, CurrentUser

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        List<DomainEvent> committed;
        T result;
        synchronized (lock) {
            if (inTransaction) {
                return work.get(); // joins the running transaction
            }
            List<Object> tableSnapshots = tables.stream().map(Transactional::snapshot).toList();
            List<AuditEntry> auditSnapshot = new ArrayList<>(audit);
            List<StageTransition> transitionsSnapshot = new ArrayList<>(transitions);
            Map<TenantId, Map<String, String>> settingsSnapshot = deepCopy(settingsByTenant);
            Map<TenantId, Map<PipelineId, Pipeline>> pipelinesSnapshot = deepCopy(pipelinesByTenant);
            inTransaction = true;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                for (int i = 0; i < tables.size(); i++) {
                    tables.get(i).restore(tableSnapshots.get(i));
                }
                audit = auditSnapshot;
                transitions = transitionsSnapshot;
                settingsByTenant = settingsSnapshot;
                pipelinesByTenant = pipelinesSnapshot;
                pending.clear();
                throw e;
            } finally {
                inTransaction = false;
            }
            committed = List.copyOf(pending);
            pending.clear();
            published.addAll(committed);
        }
        committed.forEach(event -> listeners.forEach(listener -> listener.accept(event)));
        return result;
    }

    @Override
    public void append(List<AuditEntry> entries) {
        synchronized (lock) {
            audit.addAll(entries);
        }
    }

    @Override
    public List<AuditEntry> historyOf(TenantId tenant, RecordRef record) {
        synchronized (lock) {
            return audit.stream().filter(e -> e.tenant().equals(tenant) && e.record().equals(record)).toList();
        }
    }

    @Override
    public void publish(List<DomainEvent> events) {
        synchronized (lock) {
            if (inTransaction) {
                pending.addAll(events);
            } else {
                published.addAll(events);
            }
        }
    }

    @Override
    public TenantId tenant() {
        synchronized (lock) {
            if (actingTenant == null) {
                throw new IllegalStateException("call actAs(tenant, user) first: every change needs an actor");
            }
            return actingTenant;
        }
    }

    @Override
    public UserId user() {
        synchronized (lock) {
            tenant();
            return actingUser;
        }
    }

    // --- repositories

    /** Every read and write of the tables happens under the one lock, like a serialisable database. */
    private <T> T locked(Supplier<T> work) {
        synchronized (lock) {
            return work.get();
        }
    }

    public Leads leads() {
        return new Leads();
    }

    public AccountRepository accounts() {
        return new AccountRepository() {
            public Optional<Account> find(TenantId tenant, AccountId id) {
                return locked(() -> accountTable.find(tenant, id));
            }

            public Account add(Account account) {
                return locked(() -> accountTable.add(account));
            }

            public Account update(Account account) {
                return locked(() -> accountTable.update(account));
            }

            public Optional<Account> withCustomer(TenantId tenant, CustomerId customer) {
                return locked(() -> accountTable.all(tenant).filter(a -> a.customer().equals(customer)).findFirst());
            }

            public Page<Account> ownedBy(TenantId tenant, UserId owner, PageRequest page) {
                return locked(() -> Keyset.ascending(accountTable.all(tenant).filter(a -> owner.equals(a.owner())),
                        Account::createdAt, a -> a.id().value(), page.cursor(), page));
            }
        };
    }

    /** Search over the tables, with the scope applied as the PostgreSQL adapter applies it. */
    public RecordSearch recordSearch() {
        return (tenant, query, scope, limit) -> locked(() -> {
            List<SearchHit> hits = new java.util.ArrayList<>();
            accountTable.all(tenant).filter(a -> scope.covers(a.owner()) && query.matchesText(a.name()))
                    .sorted(java.util.Comparator.comparing(Account::name)).limit(limit)
                    .forEach(a -> hits.add(SearchHit.of(a)));
            contactTable.all(tenant)
                    .filter(c -> query.matchesText(c.name()) || c.email() != null && query.matchesText(c.email().value())
                            || c.phone() != null && query.matchesPhone(c.phone().value()))
                    .flatMap(c -> accountTable.find(tenant, c.account()).filter(a -> scope.covers(a.owner()))
                            .map(a -> SearchHit.of(c, a)).stream())
                    .sorted(java.util.Comparator.comparing(SearchHit::title)).limit(limit).forEach(hits::add);
            leadTable.all(tenant).filter(l -> l.status() != LeadStatus.CONVERTED && scope.covers(l.owner()))
                    .filter(l -> query.matchesText(l.contact().personName())
                            || query.matchesText(l.contact().companyName())
                            || l.contact().email() != null && query.matchesText(l.contact().email().value())
                            || l.contact().phone() != null && query.matchesPhone(l.contact().phone().value()))
                    .sorted(java.util.Comparator.comparing(Lead::receivedAt).reversed()).limit(limit)
                    .forEach(l -> hits.add(SearchHit.of(l)));
            return hits;
        });
    }

    public ContactRepository contacts() {
        return new ContactRepository() {
            public Optional<Contact> find(TenantId tenant, ContactId id) {
                return locked(() -> contactTable.find(tenant, id));
            }

            public List<Contact> contactsOf(TenantId tenant, AccountId account) {
                return locked(() -> contactTable.all(tenant).filter(c -> c.account().equals(account)).toList());
            }

            public Contact add(Contact contact) {
                return locked(() -> contactTable.add(contact));
            }

            public Contact update(Contact contact) {
                return locked(() -> contactTable.update(contact));
            }
        };
    }

    public Deals deals() {
        return new Deals();
    }

    public InMemoryProducts products() {
        return products;
    }

    public InMemoryQuotes quotes() {
        return quotes;
    }

    public InMemoryOrders orders() {
        return orders;
    }

    public InMemoryDocumentNumbers documentNumbers() {
        return numbers;
    }

    public InMemoryImportJobs importJobs() {
        return importJobs;
    }

    public InMemorySlaTimers slaTimers() {
        return timers;
    }

    public InMemoryAssignmentPolicies assignmentPolicies() {
        return assignmentPolicies;
    }

    public InMemoryPoolStates poolStates() {
        return poolStates;
    }

    public InMemorySalesTeams salesTeams() {
        return teams;
    }

    /** Each tenant's settings, checked by {@link SettingKeys} as a database adapter does. */
    public TenantSettings settings() {
        return new TenantSettings() {
            public Map<String, String> of(TenantId tenant) {
                return locked(() -> Map.copyOf(settingsByTenant.getOrDefault(tenant, Map.of())));
            }

            public void put(TenantId tenant, String key, String value) {
                SettingKeys.check(key, value);
                locked(() -> settingsByTenant.computeIfAbsent(tenant, t -> new HashMap<>()).put(key, value.strip()));
            }
        };
    }

    public PipelineRepository pipelines() {
        return new PipelineRepository() {
            public Optional<Pipeline> find(TenantId tenant, PipelineId id) {
                return locked(() -> Optional.ofNullable(pipelinesByTenant.getOrDefault(tenant, Map.of()).get(id)));
            }

            public void save(TenantId tenant, Pipeline pipeline) {
                locked(() -> pipelinesByTenant.computeIfAbsent(tenant, t -> new HashMap<>())
                        .put(pipeline.id(), pipeline));
            }
        };
    }

    private static <K, V> Map<TenantId, Map<K, V>> deepCopy(Map<TenantId, Map<K, V>> byTenant) {
        Map<TenantId, Map<K, V>> copy = new HashMap<>();
        byTenant.forEach((tenant, values) -> copy.put(tenant, new HashMap<>(values)));
        return copy;
    }

    public StageHistory stageHistory() {
        return new StageHistory() {
            public void append(List<StageTransition> entries) {
                synchronized (lock) {
                    transitions.addAll(entries);
                }
            }

            public List<StageTransition> of(TenantId tenant, DealId deal) {
                return locked(() -> transitions.stream().filter(t -> t.tenant().equals(tenant) && t.deal().equals(deal))
                            .toList());
            }

            public List<StageTransition> between(TenantId tenant, Instant from, Instant to) {
                return locked(() -> transitions.stream().filter(t -> t.tenant().equals(tenant) && !t.at().isBefore(from)
                            && t.at().isBefore(to)).toList());
            }
        };
    }

    public ActivityRepository activities() {
        return new ActivityRepository() {
            public Optional<Activity> find(TenantId tenant, ActivityId id) {
                return locked(() -> activityTable.find(tenant, id));
            }

            public Activity add(Activity activity) {
                return locked(() -> activityTable.add(activity));
            }

            public Activity update(Activity activity) {
                return locked(() -> activityTable.update(activity));
            }

            public List<Activity> between(TenantId tenant, Instant from, Instant to) {
                return locked(() -> activityTable.all(tenant)
                        .filter(a -> !a.occurredAt().isBefore(from) && a.occurredAt().isBefore(to))
                        .sorted(Comparator.comparing(Activity::occurredAt)).toList());
            }

            public Page<Activity> timelineOf(TenantId tenant, RecordRef record, PageRequest page) {
                synchronized (lock) {
                    Cursor after = page.cursor();
                    return Keyset.descending(activityTable.all(tenant).filter(a -> a.isAbout(record)),
                            Activity::occurredAt, a -> a.id().value(), after, page);
                }
            }

            @Override
            public Page<Activity> rolledUpTimelineOf(TenantId tenant, AccountId account, PageRequest page) {
                synchronized (lock) {
                    Set<RecordRef> about = new HashSet<>();
                    about.add(new RecordRef(RecordType.ACCOUNT, account.toString()));
                    contactTable.all(tenant).filter(c -> c.account().equals(account)).forEach(c -> about.add(c.ref()));
                    dealTable.all(tenant).filter(d -> d.account().equals(account)).forEach(d -> about.add(d.ref()));
                    leadTable.all(tenant).filter(l -> l.conversion() != null
                            && l.conversion().account().equals(account)).forEach(l -> about.add(l.ref()));
                    return Keyset.descending(activityTable.all(tenant)
                                    .filter(a -> a.about().stream().anyMatch(about::contains)),
                            Activity::occurredAt, a -> a.id().value(), page.cursor(), page);
                }
            }
        };
    }

    public TaskRepository tasks() {
        return new TaskRepository() {
            public Optional<Task> find(TenantId tenant, TaskId id) {
                return locked(() -> taskTable.find(tenant, id));
            }

            public Task add(Task task) {
                return locked(() -> taskTable.add(task));
            }

            public Task update(Task task) {
                return locked(() -> taskTable.update(task));
            }

            public Page<Task> openTasksOf(TenantId tenant, UserId owner, PageRequest page) {
                return locked(() -> Keyset.ascending(taskTable.all(tenant)
                                    .filter(t -> t.owner().equals(owner) && t.status() == TaskStatus.OPEN),
                            Task::due, t -> t.id().value(), page.cursor(), page));
            }

            public List<Task> tasksAbout(TenantId tenant, RecordRef record) {
                return locked(() -> taskTable.all(tenant).filter(t -> t.about().equals(record)).toList());
            }
        };
    }

    /** Leads, for changing and for reading many. */
    public final class Leads implements LeadRepository, LeadQueries {
        @Override
        public Optional<Lead> find(TenantId tenant, LeadId id) {
            return locked(() -> leadTable.find(tenant, id));
        }

        @Override
        public Lead add(Lead lead) {
            return locked(() -> leadTable.add(lead));
        }

        @Override
        public Lead update(Lead lead) {
            return locked(() -> leadTable.update(lead));
        }

        @Override
        public Page<Lead> leadsOf(TenantId tenant, UserId owner, LeadStatus status, PageRequest page) {
            return locked(() -> Keyset.ascending(leadTable.all(tenant)
                                .filter(l -> owner.equals(l.owner()) && l.status() == status),
                        Lead::receivedAt, l -> l.id().value(), page.cursor(), page));
        }

        @Override
        public List<Lead> receivedBetween(TenantId tenant, Instant from, Instant to) {
            return locked(() -> leadTable.all(tenant)
                    .filter(l -> !l.receivedAt().isBefore(from) && l.receivedAt().isBefore(to))
                    .sorted(Comparator.comparing(Lead::receivedAt)).toList());
        }

        @Override
        public Page<Lead> unassigned(TenantId tenant, PageRequest page) {
            return locked(() -> Keyset.ascending(leadTable.all(tenant).filter(l -> l.owner() == null
                            && l.status() != LeadStatus.CONVERTED && l.status() != LeadStatus.DISQUALIFIED),
                        Lead::receivedAt, l -> l.id().value(), page.cursor(), page));
        }
    }

    /** Deals, for changing and for reading many. */
    public final class Deals implements DealRepository, DealQueries {
        @Override
        public Optional<Deal> find(TenantId tenant, DealId id) {
            return locked(() -> dealTable.find(tenant, id));
        }

        @Override
        public Deal add(Deal deal) {
            return locked(() -> dealTable.add(deal));
        }

        @Override
        public Deal update(Deal deal) {
            return locked(() -> dealTable.update(deal));
        }

        @Override
        public Page<Deal> openDealsOf(TenantId tenant, UserId owner, PageRequest page) {
            return locked(() -> Keyset.ascending(dealTable.all(tenant).filter(d -> d.isOpen() && d.owner().equals(owner)),
                        Deal::createdAt, d -> d.id().value(), page.cursor(), page));
        }

        @Override
        public List<Deal> openDeals(TenantId tenant) {
            return locked(() -> dealTable.all(tenant).filter(Deal::isOpen).toList());
        }

        @Override
        public List<Deal> openDealsOwnedBy(TenantId tenant, java.util.Set<UserId> owners) {
            return locked(() -> dealTable.all(tenant).filter(Deal::isOpen).filter(d -> owners.contains(d.owner()))
                    .sorted(java.util.Comparator.comparing(Deal::createdAt)).toList());
        }

        @Override
        public List<Deal> openDealsOn(TenantId tenant, AccountId account) {
            return locked(() -> dealTable.all(tenant).filter(Deal::isOpen).filter(d -> d.account().equals(account))
                    .sorted(java.util.Comparator.comparing(Deal::createdAt)).toList());
        }

        @Override
        public List<Deal> closedBetween(TenantId tenant, Instant from, Instant to) {
            return locked(() -> dealTable.all(tenant).filter(d -> !d.isOpen()
                    && !d.stageEnteredAt().isBefore(from) && d.stageEnteredAt().isBefore(to)).toList());
        }

        @Override
        public Map<UserId, Integer> accountsOwnedByTier(TenantId tenant,
                                                        io.tenantcrm.core.account.AccountTier tier) {
            return locked(() -> {
                Map<UserId, Integer> owned = new HashMap<>();
                accountTable.all(tenant).filter(a -> a.tier() == tier)
                        .forEach(a -> owned.merge(a.owner(), 1, Integer::sum));
                return Map.copyOf(owned);
            });
        }

        @Override
        public Page<Deal> openDealsWithNextStepDueBefore(TenantId tenant, Instant instant, PageRequest page) {
            return locked(() -> Keyset.ascending(dealTable.all(tenant)
                                .filter(d -> d.isOpen() && d.nextStep() != null && d.nextStep().due().isBefore(instant)),
                        d -> d.nextStep().due(), d -> d.id().value(), page.cursor(), page));
        }
    }
}
