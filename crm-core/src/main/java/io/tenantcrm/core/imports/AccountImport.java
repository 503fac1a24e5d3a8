package io.tenantcrm.core.imports;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountEdit;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.account.AccountTier;
import io.tenantcrm.core.account.BuyingRole;
import io.tenantcrm.core.account.Contact;
import io.tenantcrm.core.account.ContactRepository;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicateIndex;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.imports.RowOutcome.Action;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.CustomerId;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TextLimit;
import io.tenantcrm.core.shared.Violation;

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
 * Use case: a customer list from a spreadsheet, a company and optionally one of its people a row. Upserts: a row
 * naming a customer id updates that account (an id the tenant does not have is rejected: ids are the CRM's, never
 * invented); otherwise an account with the same company name (legal form, case and punctuation aside) or website
 * domain, or one an earlier row created, is updated with the row's non-empty values; otherwise the account is
 * created, owned by the importer. The person is matched by email among the account's contacts: updated, else added.
 * A dry run and the real run come to the same outcomes; rows of one file that name the same company make one account.
 */
public final class AccountImport {

    private static final Set<RecordType> ACCOUNTS = Set.of(RecordType.ACCOUNT);
    private static final TextLimit JOB_TITLE = TextLimit.LINE;

    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final DuplicateIndex index;
    private final Recorder recorder;

    public AccountImport(AccountRepository accounts, ContactRepository contacts, DuplicateIndex index,
                         Recorder recorder) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.index = Objects.requireNonNull(index, "index");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    public Session start(ColumnMapping<AccountColumn> mapping) {
        return new Session(Objects.requireNonNull(mapping, "mapping"));
    }

    /** A row as read: the account fields, the person (if any), or why it cannot be read. */
    private record Read(CustomerId customer, String company, String website, CountryCode country, AccountTier tier,
                        String person, EmailAddress email, PhoneNumber phone, String jobTitle, BuyingRole role) {

        MatchKeys keys() {
            return MatchKeys.ofCompany(company, website);
        }

        boolean hasPerson() {
            return person != null || email != null;
        }
    }

    /** A customer list's rows, fed in order, a batch at a time. */
    public final class Session extends BatchedSession {

        private final ColumnMapping<AccountColumn> mapping;
        /** Company and website keys of accounts this file created or matched, to the record ("row/n" in a dry run). */
        private final Map<String, String> fileAccounts = new HashMap<>();
        /** People this file added: "record|email". */
        private final Map<String, String> filePeople = new HashMap<>();

        private Session(ColumnMapping<AccountColumn> mapping) {
            super(AccountImport.this.recorder);
            this.mapping = mapping;
        }

        @Override
        List<RowOutcome> take(List<ImportRow> rows, Acting acting, boolean write) {
            List<RowOutcome> outcomes = new ArrayList<>();
            for (ImportRow row : rows) {
                Read read;
                try {
                    read = read(row);
                } catch (RuleViolationException e) {
                    outcomes.add(RowOutcome.rejected(row.number(), e.violations()));
                    continue;
                }
                outcomes.add(decide(row, read, acting, write));
            }
            return outcomes;
        }

        private RowOutcome decide(ImportRow row, Read read, Acting acting, boolean write) {
            Optional<Account> existing;
            String record;
            if (read.customer() != null) {
                existing = accounts.withCustomer(acting.tenant(), read.customer());
                if (existing.isEmpty()) {
                    return RowOutcome.rejected(row.number(), List.of(new Violation("customerId",
                            "no account has customer id " + read.customer() + "; leave it empty for a new customer")));
                }
                record = existing.get().ref().toString();
            } else {
                record = sameCompany(read, acting);
                existing = record == null || record.startsWith("row/") ? Optional.empty()
                        : accounts.find(acting.tenant(), accountId(record));
            }
            Action action = record == null ? Action.CREATE : Action.UPDATE;
            if (record == null) {
                record = "row/" + row.number();
                if (write) {
                    // created with the row's profile in one write: the profile is audited as an edit
                    Change<Account> created = Account.create(read.company(), read.country(), acting.user(), acting);
                    Change<Account> profiled = created.record().edit(edit(read), acting);
                    Account account = accounts.add(profiled.record());
                    recorder.keep(created);
                    recorder.keep(profiled);
                    record = account.ref().toString();
                }
            } else if (write && existing.isPresent()) {
                Change<Account> edited = existing.get().edit(edit(read), acting);
                if (!edited.audit().isEmpty()) {
                    accounts.update(edited.record());
                    recorder.keep(edited);
                }
            }
            rememberCompany(read, record);
            if (read.hasPerson()) {
                person(read, record, acting, write);
            }
            return new RowOutcome(row.number(), action, record, List.of(), List.of());
        }

        /** The account the row's company is: one this file met, else one of the tenant's with an equal key. */
        private String sameCompany(Read read, Acting acting) {
            for (String key : keysOf(read.keys())) {
                String known = fileAccounts.get(key);
                if (known != null) {
                    return known;
                }
            }
            return index.candidatesByExactKeys(acting.tenant(), List.of(read.keys()), ACCOUNTS).stream()
                    .filter(candidate -> sharesAKey(candidate, read.keys()))
                    .map(Candidate::id).findFirst().orElse(null);
        }

        private void rememberCompany(Read read, String record) {
            for (String key : keysOf(read.keys())) {
                if (fileAccounts.putIfAbsent(key, record) == null) {
                    remember(() -> fileAccounts.remove(key));
                }
            }
        }

        private void person(Read read, String record, Acting acting, boolean write) {
            String key = read.email() == null ? null : record + "|" + read.email().value();
            if (!write) {
                if (key != null) {
                    filePeople.putIfAbsent(key, "row");
                }
                return;
            }
            AccountId account = accountId(record);
            Optional<Contact> known = read.email() == null ? Optional.empty()
                    : contacts.contactsOf(acting.tenant(), account).stream()
                    .filter(contact -> read.email().equals(contact.email())).findFirst();
            if (known.isPresent()) {
                Contact was = known.get();
                Change<Contact> change = was.withDetails(or(read.person(), was.name()), was.email(),
                        or(read.phone(), was.phone()), read.role(), or(read.jobTitle(), was.jobTitle()),
                        "imported", acting);
                if (!change.audit().isEmpty()) {
                    contacts.update(change.record());
                    recorder.keep(change);
                }
                return;
            }
            Change<Contact> created = Contact.create(account, or(read.person(), read.email().value()), read.email(),
                    read.phone(), read.role(), acting);
            Change<Contact> titled = created.record().withDetails(created.record().name(), read.email(),
                    read.phone(), read.role(), read.jobTitle(), "imported", acting);
            Contact contact = contacts.add(titled.record());
            recorder.keep(created);
            recorder.keep(titled);
            if (key != null && filePeople.putIfAbsent(key, contact.ref().toString()) == null) {
                remember(() -> filePeople.remove(key));
            }
        }

        private Read read(ImportRow row) {
            List<Violation> problems = new ArrayList<>();
            CountryCode country = value(row, AccountColumn.COUNTRY, problems, CountryCode::of);
            Read read = new Read(
                    value(row, AccountColumn.CUSTOMER_ID, problems, CustomerId::parse),
                    value(row, AccountColumn.COMPANY_NAME, problems, text -> new TextLimit(Account.MAX_NAME)
                            .check("companyName", text)),
                    value(row, AccountColumn.WEBSITE, problems, text -> new TextLimit(255).check("website", text)),
                    country,
                    value(row, AccountColumn.TIER, problems, AccountImport::tier),
                    value(row, AccountColumn.CONTACT_NAME, problems, text -> TextLimit.LINE.check("contactName", text)),
                    value(row, AccountColumn.EMAIL, problems, EmailAddress::of),
                    value(row, AccountColumn.PHONE, problems, phone -> PhoneNumber.parse(phone, country)),
                    value(row, AccountColumn.JOB_TITLE, problems, text -> JOB_TITLE.check("jobTitle", text)),
                    value(row, AccountColumn.BUYING_ROLE, problems, AccountImport::role));
            if (read.customer() == null && read.company() == null && problems.isEmpty()) {
                problems.add(new Violation("companyName", "a row names its company (or an existing customer id)"));
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            return read;
        }

        private <T> T value(ImportRow row, AccountColumn column, List<Violation> problems, Function<String, T> parse) {
            return mapping.value(row.cells(), column).map(text -> {
                try {
                    return parse.apply(text);
                } catch (InvalidValueException e) {
                    problems.add(new Violation(column.fieldName(), e.reason()));
                } catch (RuleViolationException e) {
                    e.violations().forEach(v -> problems.add(new Violation(column.fieldName(), v.message())));
                } catch (IllegalArgumentException e) {
                    problems.add(new Violation(column.fieldName(), "'" + text + "' cannot be read: "
                            + e.getMessage()));
                }
                return null;
            }).orElse(null);
        }
    }

    private static AccountEdit edit(Read read) {
        return new AccountEdit(null, read.tier(), null, read.country(), null, null, null, null, read.website());
    }

    /** The keys an account is the same company by: its core name and its website's domain. */
    private static List<String> keysOf(MatchKeys keys) {
        List<String> found = new ArrayList<>();
        if (keys.companyName() != null) {
            found.add("company:" + keys.companyName());
        }
        if (keys.websiteDomain() != null) {
            found.add("website:" + keys.websiteDomain());
        }
        return found;
    }

    private static boolean sharesAKey(Candidate candidate, MatchKeys keys) {
        return (keys.companyName() != null && keys.companyName().equals(candidate.keys().companyName()))
                || (keys.websiteDomain() != null && keys.websiteDomain().equals(candidate.keys().websiteDomain()));
    }

    private static AccountId accountId(String record) {
        return new AccountId(UUID.fromString(Candidate.refOf(record).id()));
    }

    private static AccountTier tier(String text) {
        try {
            return AccountTier.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("tier", "'" + text + "' is not a tier: a, b or c");
        }
    }

    private static BuyingRole role(String text) {
        try {
            return BuyingRole.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("buyingRole", "'" + text + "' is not one of "
                    + List.of(BuyingRole.values()).toString().toLowerCase(Locale.ROOT));
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
