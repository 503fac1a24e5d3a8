package io.tenantcrm.core.imports;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicateIndex;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealEdit;
import io.tenantcrm.core.deal.DealProgression;
import io.tenantcrm.core.deal.DealQueries;
import io.tenantcrm.core.deal.NewDeal;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.imports.RowOutcome.Action;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.CustomerId;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TextLimit;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Use case: a deal list from a spreadsheet (the pipeline of another CRM, a seller's own sheet), a deal a row, on
 * customers the tenant has: found by customer id, else by company name (legal form, case and punctuation aside);
 * a deal never brings its own customer in (import the customer list first). Upsert: an open deal of that customer
 * with the same title (case aside), or one an earlier row made, takes the row's amount, close date, product and next
 * step; anything else opens a deal, owned by the importer, in the stage the row names (by name or id; the
 * pipeline's first stage when empty) and with its next step, as a seller would open it: stage rules, tasks and
 * events apply. A dry run and the real run come to the same outcomes.
 */
public final class DealImport {

    private static final Set<RecordType> ACCOUNTS = Set.of(RecordType.ACCOUNT);

    private final AccountRepository accounts;
    private final DealQueries deals;
    private final DealProgression progression;
    private final DuplicateIndex index;
    private final TenantConfiguration configuration;
    private final Recorder recorder;

    public DealImport(AccountRepository accounts, DealQueries deals, DealProgression progression,
                      DuplicateIndex index, TenantConfiguration configuration, Recorder recorder) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.deals = Objects.requireNonNull(deals, "deals");
        this.progression = Objects.requireNonNull(progression, "progression");
        this.index = Objects.requireNonNull(index, "index");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    public Session start(ColumnMapping<DealColumn> mapping) {
        return new Session(Objects.requireNonNull(mapping, "mapping"));
    }

    private record Read(CustomerId customer, String company, String title, Money amount, String stage,
                        LocalDate expectedClose, NextStep nextStep, String productInterest) {
    }

    /** A deal list's rows, fed in order, a batch at a time. */
    public final class Session extends BatchedSession {

        private final ColumnMapping<DealColumn> mapping;
        /** Deals this file opened: "account|title" to the record ("row/n" in a dry run). */
        private final Map<String, String> fileDeals = new HashMap<>();

        private Session(ColumnMapping<DealColumn> mapping) {
            super(DealImport.this.recorder);
            this.mapping = mapping;
        }

        @Override
        List<RowOutcome> take(List<ImportRow> rows, Acting acting, boolean write) {
            Pipeline pipeline = configuration.pipeline(acting.tenant());
            List<RowOutcome> outcomes = new ArrayList<>();
            for (ImportRow row : rows) {
                try {
                    outcomes.add(decide(row, read(row, acting), pipeline, acting, write));
                } catch (RuleViolationException e) {
                    outcomes.add(RowOutcome.rejected(row.number(), e.violations()));
                }
            }
            return outcomes;
        }

        private RowOutcome decide(ImportRow row, Read read, Pipeline pipeline, Acting acting, boolean write) {
            Account account = customer(read, acting);
            String key = account.id() + "|" + read.title().toLowerCase(Locale.ROOT);
            Optional<Deal> existing = deals.openDealsOn(acting.tenant(), account.id()).stream()
                    .filter(deal -> deal.title().equalsIgnoreCase(read.title())).findFirst();
            String earlier = fileDeals.get(key);
            if (existing.isPresent() || earlier != null) {
                String record = existing.map(deal -> deal.ref().toString()).orElse(earlier);
                if (existing.isPresent()) {
                    update(existing.get(), read, pipeline, acting, write);
                }
                return new RowOutcome(row.number(), Action.UPDATE, record, List.of(), List.of());
            }
            Stage stage = stage(read, pipeline);
            if (read.nextStep() == null) {
                throw new RuleViolationException("nextStep", "a new deal needs its next step and when: what happens"
                        + " next keeps it from being forgotten");
            }
            NewDeal draft = new NewDeal(read.title(), account.id(), acting.user(), read.nextStep(), stage.id(), null,
                    read.amount(), read.expectedClose(), read.productInterest(), null, null, null, account.country());
            // the rules opening applies, checked first: a refusal is this row's, and never fails the batch's
            // transaction from inside the use case
            Deal.open(draft, pipeline, acting);
            String record = "row/" + row.number();
            if (write) {
                record = progression.open(draft).deal().ref().toString();
            }
            fileDeals.put(key, record);
            remember(() -> fileDeals.remove(key));
            return new RowOutcome(row.number(), Action.CREATE, record, List.of(), List.of());
        }

        /** The row's values on the deal, checked on the pure aggregate first (see {@link #decide}). */
        private void update(Deal deal, Read read, Pipeline pipeline, Acting acting, boolean write) {
            DealEdit edit = new DealEdit(null, null, read.amount(), read.expectedClose(), read.productInterest(),
                    null, null, null, "imported");
            boolean edits = read.amount() != null || read.expectedClose() != null || read.productInterest() != null;
            boolean reschedules = read.nextStep() != null && !read.nextStep().equals(deal.nextStep());
            Deal checked = edits ? deal.edit(edit, acting).deal() : deal;
            if (reschedules) {
                checked.scheduleNextStep(read.nextStep(), pipeline, acting);
            }
            if (write && edits) {
                progression.edit(deal.id(), edit);
            }
            if (write && reschedules) {
                progression.scheduleNextStep(deal.id(), read.nextStep());
            }
        }

        private Account customer(Read read, Acting acting) {
            if (read.customer() != null) {
                return accounts.withCustomer(acting.tenant(), read.customer()).orElseThrow(() ->
                        new RuleViolationException("customerId", "no account has customer id " + read.customer()));
            }
            MatchKeys keys = MatchKeys.ofCompany(read.company(), null);
            return index.candidatesByExactKeys(acting.tenant(), List.of(keys), ACCOUNTS).stream()
                    .filter(candidate -> keys.companyName() != null
                            && keys.companyName().equals(candidate.keys().companyName()))
                    .map(candidate -> accounts.find(acting.tenant(),
                            new AccountId(UUID.fromString(Candidate.refOf(candidate.id()).id()))))
                    .flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> new RuleViolationException("companyName", "no account is named '"
                            + read.company() + "': import the customer list first, or give the customer id"));
        }

        private Stage stage(Read read, Pipeline pipeline) {
            if (read.stage() == null) {
                return pipeline.firstStage();
            }
            return pipeline.stages().stream()
                    .filter(stage -> stage.id().value().equalsIgnoreCase(read.stage())
                            || stage.name().equalsIgnoreCase(read.stage()))
                    .findFirst().orElseThrow(() -> new RuleViolationException("stage", "'" + read.stage()
                            + "' is not a stage of the pipeline: " + String.join(", ",
                            pipeline.stages().stream().map(Stage::name).toList())));
        }

        private Read read(ImportRow row, Acting acting) {
            List<Violation> problems = new ArrayList<>();
            CustomerId customer = value(row, DealColumn.CUSTOMER_ID, problems, CustomerId::parse);
            String company = value(row, DealColumn.COMPANY_NAME, problems, text -> TextLimit.LINE.check(
                    "companyName", text));
            String title = value(row, DealColumn.TITLE, problems, text -> new TextLimit(Deal.MAX_TITLE)
                    .check("title", text));
            String amount = mapping.value(row.cells(), DealColumn.AMOUNT).orElse(null);
            String currency = mapping.value(row.cells(), DealColumn.CURRENCY).orElse(null);
            Money money = null;
            if (amount != null) {
                try {
                    money = Money.of(amount.replace(",", "").replace(" ", ""), currency == null ? "" : currency);
                } catch (InvalidValueException e) {
                    problems.add(new Violation(currency == null ? "currency" : "amount",
                            currency == null ? "an amount needs its currency, such as EUR" : e.reason()));
                }
            }
            String stage = value(row, DealColumn.STAGE, problems, text -> text);
            LocalDate close = value(row, DealColumn.EXPECTED_CLOSE, problems, LocalDate::parse);
            String action = value(row, DealColumn.NEXT_STEP, problems, text -> text);
            Instant due = value(row, DealColumn.NEXT_STEP_DUE, problems, DealImport::instant);
            NextStep next = null;
            if (action != null || due != null) {
                if (action == null || due == null) {
                    problems.add(new Violation("nextStep", "say both what happens next and when"));
                } else {
                    try {
                        next = new NextStep(action, due);
                    } catch (RuleViolationException e) {
                        problems.addAll(e.violations());
                    }
                }
            }
            String product = value(row, DealColumn.PRODUCT_INTEREST, problems, text -> TextLimit.LINE.check(
                    "productInterest", text));
            if (title == null && problems.isEmpty()) {
                problems.add(new Violation("title", "a deal has a title"));
            }
            if (customer == null && company == null && problems.isEmpty()) {
                problems.add(new Violation("companyName", "say whose deal it is: the company or its customer id"));
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            return new Read(customer, company, title, money, stage, close, next, product);
        }

        private <T> T value(ImportRow row, DealColumn column, List<Violation> problems, Function<String, T> parse) {
            return mapping.value(row.cells(), column).map(text -> {
                try {
                    return parse.apply(text);
                } catch (InvalidValueException e) {
                    problems.add(new Violation(column.fieldName(), e.reason()));
                } catch (RuleViolationException e) {
                    e.violations().forEach(v -> problems.add(new Violation(column.fieldName(), v.message())));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    problems.add(new Violation(column.fieldName(), "'" + text + "' cannot be read: "
                            + e.getMessage()));
                }
                return null;
            }).orElse(null);
        }
    }

    /** A date (2026-03-02, taken as 09:00 UTC) or an instant (2026-03-02T09:00:00Z). */
    private static Instant instant(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atTime(9, 0).toInstant(ZoneOffset.UTC) : Instant.parse(text);
    }
}
