package io.tenantcrm.core.imports;

import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicateAction;
import io.tenantcrm.core.dedupe.DuplicateFinder;
import io.tenantcrm.core.dedupe.DuplicateIndex;
import io.tenantcrm.core.dedupe.DuplicatePair;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.dedupe.MatchRules;
import io.tenantcrm.core.dedupe.NameSimilarity;
import io.tenantcrm.core.dedupe.ValueFrequencies;
import io.tenantcrm.core.imports.RowOutcome.Action;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TextLimit;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Use case: leads from a spreadsheet, row by row. A row is rejected with every reason (unreadable value, field the
 * tenant requires); a row whose email is a lead's already updates that lead (upsert by email); a row that is surely
 * someone the tenant has is skipped when the tenant blocks duplicates on import ({@code crm.duplicates.on-import},
 * the default); any other row creates a lead, taken in like every other. Against the tenant's records a batch asks
 * the index once, by exact keys (company names equal, not merely alike: a trigram look-up a row would make large
 * imports crawl); against the file's own rows, by the same blocks as a tenant scan. Rows of one file are compared with each
 * other too. A dry run ({@link Session#dryRun}) says what each row would do and writes nothing; the real run
 * ({@link Session#apply}) does it, a batch per transaction, and both come to the same actions.
 */
public final class LeadImport {

    private static final Set<RecordType> PEOPLE = Set.of(RecordType.LEAD, RecordType.CONTACT);

    private final LeadRepository leads;
    private final TenantConfiguration configuration;
    private final DuplicateIndex index;
    private final NameSimilarity similarity;
    private final Recorder recorder;

    public LeadImport(LeadRepository leads, TenantConfiguration configuration, DuplicateIndex index,
                      NameSimilarity similarity, Recorder recorder) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.index = Objects.requireNonNull(index, "index");
        this.similarity = Objects.requireNonNull(similarity, "similarity");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /** One file's import: remembers the rows already taken, so later rows are compared with them. */
    public Session start(ColumnMapping<LeadColumn> mapping) {
        return new Session(Objects.requireNonNull(mapping, "mapping"));
    }

    /** A file's rows, fed in order, a batch at a time. */
    public final class Session extends BatchedSession {

        private final ColumnMapping<LeadColumn> mapping;
        private final Map<String, String> mailboxes = new HashMap<>();
        private final Map<String, List<Candidate>> blocks = new HashMap<>();
        private final Map<String, String> rowRecords = new HashMap<>();
        private final Set<String> ownRecords = new HashSet<>();
        /** The tenant's name frequencies, counted once for the file when its first batch comes. */
        private ValueFrequencies frequencies;

        private Session(ColumnMapping<LeadColumn> mapping) {
            super(LeadImport.this.recorder);
            this.mapping = mapping;
        }

        /**
         * Reads first, then writes: every row's candidates are looked up before the batch writes anything (they
         * can only be the tenant's records from before this file: the file's own rows are compared in memory), so
         * the batch's inserts go to the database together.
         */
        @Override
        List<RowOutcome> take(List<ImportRow> rows, Acting acting, boolean write) {
            if (frequencies == null) {
                frequencies = index.frequencies(acting.tenant());
            }
            List<Read> read = rows.stream().map(row -> read(row, acting)).toList();
            List<MatchKeys> keys = read.stream().filter(row -> row.problems().isEmpty())
                    .map(row -> row.received().record().matchKeys()).toList();
            Map<String, List<Candidate>> byKey = new HashMap<>();
            for (Candidate candidate : index.candidatesByExactKeys(acting.tenant(), keys, PEOPLE)) {
                for (String block : blocksOf(candidate.keys())) {
                    byKey.computeIfAbsent(block, key -> new ArrayList<>()).add(candidate);
                }
            }
            return read.stream().map(row -> decide(row, candidatesOf(row, byKey), acting, write)).toList();
        }

        /** The tenant's records sharing an exact key with the row, from the batch's one look-up. */
        private List<Candidate> candidatesOf(Read row, Map<String, List<Candidate>> byKey) {
            if (!row.problems().isEmpty()) {
                return List.of();
            }
            Map<String, Candidate> found = new HashMap<>();
            for (String block : blocksOf(row.received().record().matchKeys())) {
                byKey.getOrDefault(block, List.of())
                        .forEach(candidate -> found.putIfAbsent(candidate.id(), candidate));
            }
            return List.copyOf(found.values());
        }

        /** A row as read: its inquiry and the lead it would be, or why it cannot be read. */
        private record Read(ImportRow row, NewLead inquiry, Change<Lead> received, List<Violation> problems) {
        }

        private Read read(ImportRow row, Acting acting) {
            try {
                NewLead inquiry = read(row);
                Change<Lead> received = Lead.receive(inquiry, configuration.leadIntake(acting.tenant()), acting);
                return new Read(row, inquiry, received, List.of());
            } catch (RuleViolationException e) {
                return new Read(row, null, null, e.violations());
            }
        }

        private RowOutcome decide(Read read, List<Candidate> candidates, Acting acting, boolean write) {
            ImportRow row = read.row();
            if (!read.problems().isEmpty()) {
                return RowOutcome.rejected(row.number(), read.problems());
            }
            MatchKeys keys = read.received().record().matchKeys();
            String rowId = "row/" + row.number();
            List<Candidate> before = candidates.stream()
                    .filter(candidate -> !ownRecords.contains(candidate.id())).toList();
            String sameMailbox = sameMailbox(keys, before);
            if (sameMailbox != null) {
                String record = rowRecords.getOrDefault(sameMailbox, sameMailbox);
                if (write) {
                    update(record, read.inquiry(), row, acting);
                }
                remember(rowId, keys, record);
                return new RowOutcome(row.number(), Action.UPDATE, record, List.of(), List.of());
            }
            Candidate subject = new Candidate(rowId, keys);
            DuplicateFinder people = new DuplicateFinder(configuration.duplicates(acting.tenant())
                    .applyTo(MatchRules.defaults()), similarity, frequencies);
            List<DuplicatePair> possible = Stream.concat(people.matches(subject, before).stream(),
                            people.matches(subject, fileRows(keys)).stream())
                    .map(this::named).toList();
            List<DuplicatePair> sure = possible.stream().filter(DuplicatePair::sure).toList();
            if (!sure.isEmpty() && configuration.duplicates(acting.tenant()).onImport() == DuplicateAction.BLOCK) {
                return new RowOutcome(row.number(), Action.SKIP_DUPLICATE, null, List.of(), sure);
            }
            String record = rowId;
            if (write) {
                record = leads.add(read.received().record()).ref().toString();
                recorder.keep(read.received());
                String created = record;
                ownRecords.add(created);
                remember(() -> ownRecords.remove(created));
            }
            remember(rowId, keys, record);
            return new RowOutcome(row.number(), Action.CREATE, record, List.of(), possible);
        }

        /** An earlier row of this file, or a lead of the tenant from before it, with the same mailbox. */
        private String sameMailbox(MatchKeys keys, List<Candidate> before) {
            if (keys.mailbox() == null) {
                return null;
            }
            String earlierRow = mailboxes.get(keys.mailbox());
            if (earlierRow != null) {
                return earlierRow;
            }
            return before.stream()
                    .filter(candidate -> candidate.id().startsWith("lead/"))
                    .filter(candidate -> keys.mailbox().equals(candidate.keys().mailbox()))
                    .map(Candidate::id).findFirst().orElse(null);
        }

        /** The rows of this file seen so far that share an exact key with these (at most 50 a key). */
        private List<Candidate> fileRows(MatchKeys keys) {
            Map<String, Candidate> found = new HashMap<>();
            for (String block : blocksOf(keys)) {
                blocks.getOrDefault(block, List.of()).stream().limit(50)
                        .forEach(candidate -> found.putIfAbsent(candidate.id(), candidate));
            }
            return List.copyOf(found.values());
        }

        private void update(String record, NewLead inquiry, ImportRow row, Acting acting) {
            LeadId id = new LeadId(UUID.fromString(Candidate.refOf(record).id()));
            Lead lead = leads.find(acting.tenant(), id).orElseThrow(() ->
                    new IllegalStateException("lead " + id + " was matched and is gone"));
            ContactDetails was = lead.contact();
            ContactDetails now = inquiry.contact();
            ContactDetails merged = new ContactDetails(or(now.personName(), was.personName()),
                    or(now.companyName(), was.companyName()), or(now.email(), was.email()),
                    or(now.phone(), was.phone()), or(now.jobTitle(), was.jobTitle()));
            Change<Lead> change = lead.withDetails(merged, or(inquiry.country(), lead.country()),
                    or(inquiry.productInterest(), lead.productInterest()), or(inquiry.message(), lead.message()),
                    "imported again (row " + row.number() + ")", acting);
            leads.update(change.record());
            recorder.keep(change);
        }

        private void remember(String rowId, MatchKeys keys, String record) {
            rowRecords.put(rowId, record);
            remember(() -> rowRecords.remove(rowId));
            if (keys.mailbox() != null && !mailboxes.containsKey(keys.mailbox())) {
                mailboxes.put(keys.mailbox(), rowId);
                remember(() -> mailboxes.remove(keys.mailbox()));
            }
            Candidate candidate = new Candidate(rowId, keys);
            for (String block : blocksOf(keys)) {
                List<Candidate> members = blocks.computeIfAbsent(block, key -> new ArrayList<>());
                members.add(candidate);
                remember(() -> members.remove(candidate));
            }
        }

        /** Pairs with an earlier row name the record that row became, once it exists. */
        private DuplicatePair named(DuplicatePair pair) {
            String record = rowRecords.getOrDefault(pair.second(), pair.second());
            return pair.withSecond(record);
        }

        /** The row as an inquiry; every unreadable value is named by its field. */
        private NewLead read(ImportRow row) {
            List<Violation> problems = new ArrayList<>();
            CountryCode country = value(row, LeadColumn.COUNTRY, problems, CountryCode::of);
            NewLead inquiry = new NewLead(
                    or(value(row, LeadColumn.SOURCE, problems, LeadImport::source), SourceChannel.IMPORT),
                    value(row, LeadColumn.SOURCE_DETAIL, problems, text -> TextLimit.LINE.check("sourceDetail", text)),
                    value(row, LeadColumn.RECEIVED_AT, problems, LeadImport::instant),
                    new ContactDetails(value(row, LeadColumn.PERSON_NAME, problems, text -> TextLimit.LINE.check("personName", text)),
                            value(row, LeadColumn.COMPANY_NAME, problems, text -> TextLimit.LINE.check("companyName", text)),
                            value(row, LeadColumn.EMAIL, problems, EmailAddress::of),
                            value(row, LeadColumn.PHONE, problems, phone -> PhoneNumber.parse(phone, country)),
                            value(row, LeadColumn.JOB_TITLE, problems, text -> TextLimit.LINE.check("jobTitle", text))),
                    country,
                    value(row, LeadColumn.PRODUCT_INTEREST, problems, text -> TextLimit.LINE.check("productInterest", text)),
                    value(row, LeadColumn.MESSAGE, problems, text -> new TextLimit(Lead.MAX_MESSAGE).check("message", text)),
                    List.of());
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            return inquiry;
        }

        private <T> T value(ImportRow row, LeadColumn column, List<Violation> problems, Function<String, T> parse) {
            return mapping.value(row.cells(), column).map(text -> {
                try {
                    return parse.apply(text);
                } catch (InvalidValueException e) {
                    problems.add(new Violation(field(column), e.reason()));
                } catch (RuleViolationException e) {
                    e.violations().forEach(v -> problems.add(new Violation(field(column), v.message())));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    problems.add(new Violation(field(column), "'" + text + "' cannot be read: " + e.getMessage()));
                }
                return null;
            }).orElse(null);
        }
    }

    private static List<String> blocksOf(MatchKeys keys) {
        List<String> blocks = new ArrayList<>();
        add(blocks, "mailbox:", keys.mailbox());
        add(blocks, "phone:", keys.phone());
        add(blocks, "person:", keys.personName());
        add(blocks, "domain:", keys.emailDomain());
        add(blocks, "company:", keys.companyName());
        return blocks;
    }

    private static void add(List<String> blocks, String kind, String key) {
        if (key != null) {
            blocks.add(kind + key);
        }
    }

    /** The field a column fills, as the report names it. */
    private static String field(LeadColumn column) {
        return column.fieldName();
    }

    private static SourceChannel source(String text) {
        try {
            return SourceChannel.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("source", "'" + text + "' is not a channel; known: "
                    + List.of(SourceChannel.values()).toString().toLowerCase(Locale.ROOT));
        }
    }

    /** A date (2026-03-02, taken as midnight UTC) or an instant (2026-03-02T09:00:00Z). */
    private static Instant instant(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("receivedAt", "'" + text + "' is not a date such as 2026-03-02 or"
                    + " 2026-03-02T09:00:00Z");
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
