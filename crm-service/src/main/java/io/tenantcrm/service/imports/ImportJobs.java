package io.tenantcrm.service.imports;

import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.DealProgression;
import io.tenantcrm.core.dedupe.NameSimilarity;
import io.tenantcrm.core.imports.AccountColumn;
import io.tenantcrm.core.imports.AccountImport;
import io.tenantcrm.core.imports.DealColumn;
import io.tenantcrm.core.imports.DealImport;
import io.tenantcrm.core.imports.ImportJob;
import io.tenantcrm.core.imports.ImportJobRepository;
import io.tenantcrm.core.imports.ImportRow;
import io.tenantcrm.core.imports.ImportRun;
import io.tenantcrm.core.imports.ImportRun.Counts;
import io.tenantcrm.core.imports.ImportRun.Kind;
import io.tenantcrm.core.imports.ImportRun.Status;
import io.tenantcrm.core.imports.ImportSession;
import io.tenantcrm.core.imports.LeadColumn;
import io.tenantcrm.core.imports.LeadImport;
import io.tenantcrm.core.imports.ProductColumn;
import io.tenantcrm.core.imports.ProductImport;
import io.tenantcrm.core.imports.RowOutcome;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.imports.FileImport;
import io.tenantcrm.imports.ImportReport;
import io.tenantcrm.imports.SpreadsheetFile;
import io.tenantcrm.persistence.account.JpaAccountRepository;
import io.tenantcrm.persistence.account.JpaContactRepository;
import io.tenantcrm.persistence.activity.JpaTaskRepository;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.deal.JpaDealRepository;
import io.tenantcrm.persistence.deal.JpaStageHistory;
import io.tenantcrm.persistence.dedupe.JpaDuplicateIndex;
import io.tenantcrm.persistence.imports.ImportJobStore;
import io.tenantcrm.persistence.lead.JpaLeadRepository;
import io.tenantcrm.persistence.product.JpaProductRepository;
import io.tenantcrm.service.crm.CdiEventPublisher;
import io.tenantcrm.service.crm.TenantTransactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Spreadsheet imports as background jobs. An upload is streamed to this instance's import folder
 * ({@code crm.imports.folder}, at most {@code crm.imports.max-bytes}), read once to check it and count its rows, and
 * given the column mapping its headers suggest. Runs (a dry run, the real one) go on the managed executor as the
 * user who uploaded, through crm-import's {@link FileImport} and crm-core's {@link LeadImport}, {@link AccountImport} or {@link DealImport}: a batch per
 * transaction, progress and a heartbeat after each, a cancellation honoured between batches, the report kept when
 * the run ends. A run belongs to the instance that holds the file; if that instance stops, the run goes quiet and is
 * shown as interrupted, and can be started again.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    private static final int TO_REVIEW = RowOutcome.Action.values().length;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    TenantTransactions transactions;

    @Inject
    CdiEventPublisher events;

    @Inject
    TenantConfiguration configuration;

    @Inject
    NameSimilarity similarity;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "crm.imports.folder")
    Optional<String> folder;

    @Inject
    @ConfigProperty(name = "crm.imports.max-bytes", defaultValue = "52428800")
    long maxBytes;

    private final String instance = "service-" + UUID.randomUUID();

    private ImportJobRepository store() {
        return new ImportJobStore(() -> em);
    }

    /** The job, if this user may see it (who uploaded it, or an admin); anyone else is told it is not there. */
    public Optional<ImportJob> seen(TenantId tenant, UserId user, boolean tenantAdmin, UUID id) {
        return transactions.inTenant(tenant, () -> store().find(tenant, id))
                .filter(job -> job.isSeenBy(user, tenantAdmin));
    }

    /** The job's runs as they stand now. */
    public List<ImportRun> runs(ImportJob job) {
        return transactions.inTenant(job.tenant(), () -> store().runs(job.tenant(), job.id(), clock.instant()));
    }

    /** A new mapping, checked against the file's columns; not while a run goes on nor after the real run. */
    public ImportJob remap(ImportJob job, Map<String, Integer> mapping) {
        if (mapping == null) {
            throw new RuleViolationException("mapping", "map lead fields to column numbers");
        }
        Map<String, Integer> fields = ImportedRecords.valueOf(job.records()).checked(mapping, job.headers().size());
        return transactions.inTenant(job.tenant(), () -> {
            if (store().runs(job.tenant(), job.id(), clock.instant()).stream().anyMatch(run ->
                    run.kind() == Kind.REAL || run.status() == Status.RUNNING)) {
                throw new RuleViolationException("mapping", "cannot change while a run goes on or after the import");
            }
            store().mapping(job.tenant(), job.id(), fields);
            return store().find(job.tenant(), job.id()).orElseThrow();
        });
    }

    /** Asks what runs to stop after its batch; refused when nothing runs. */
    public void cancel(ImportJob job) {
        transactions.inTenant(job.tenant(), () -> {
            if (store().requestCancel(job.tenant(), job.id()) == 0) {
                throw new RuleViolationException("run", "nothing is running");
            }
            return null;
        });
    }

    /** A run's report as CSV, once the run has one. */
    public Optional<String> report(ImportJob job, Kind kind) {
        return transactions.inTenant(job.tenant(), () -> store().report(job.tenant(), job.id(), kind));
    }

    /** Streams the upload to disk, checks it, counts its rows and keeps the job with the suggested mapping. */
    public ImportJob upload(TenantId tenant, UserId user, ImportedRecords records, String fileName, String contentType,
                      InputStream body) {
        SpreadsheetFile.Format format = SpreadsheetFile.Format.of(fileName != null && !fileName.isBlank()
                ? fileName : contentType);
        UUID id = UUID.randomUUID();
        Path file = file(tenant, id);
        try {
            Files.createDirectories(file.getParent());
            copyBounded(body, file);
            List<String> headers;
            int rows = 0;
            try (SpreadsheetFile sheet = SpreadsheetFile.open(Files.newInputStream(file), format)) {
                headers = sheet.headers();
                for (Iterator<ImportRow> it = sheet.rows(); it.hasNext(); it.next()) {
                    rows++;
                }
            } catch (RuntimeException e) {
                throw e instanceof InvalidValueException ? e
                        : new InvalidValueException("file", "cannot be read as " + format.name().toLowerCase(Locale.ROOT)
                        + ": " + e.getMessage());
            }
            if (headers.isEmpty()) {
                throw new InvalidValueException("file", "has no header row: the first row names the columns");
            }
            ImportJob job = new ImportJob(tenant, id, user, clock.instant(), records.name(), fileName == null
                    || fileName.isBlank() ? "upload." + format.name().toLowerCase(Locale.ROOT)
                    : cut(fileName.strip(), 255), format.name(), headers, records.suggest(headers), rows);
            transactions.inTenant(tenant, () -> {
                store().add(job);
                return null;
            });
            return job;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Starts a run in the background as the user; refused while one runs or once the real run is done. */
    public void start(TenantId tenant, UserId user, UUID id, Kind kind) {
        boolean started = transactions.inTenant(tenant, () -> store().start(tenant, id, kind, instance,
                clock.instant()));
        if (!started) {
            throw new RuleViolationException("run", kind == Kind.REAL
                    ? "the import is running or was done already" : "a dry run is going on");
        }
        executor.submit(() -> run(tenant, user, id, kind));
    }

    private void run(TenantId tenant, UserId user, UUID id, Kind kind) {
        // One count per action, and the created rows to review last.
        int[] counts = new int[RowOutcome.Action.values().length + 1];
        int[] done = {0};
        Path report = null;
        try {
            ImportJob job = transactions.inTenant(tenant, () -> store().find(tenant, id)).orElseThrow();
            ImportSession session = session(ImportedRecords.valueOf(job.records()), job, tenant, user);
            AtomicBoolean cancelled = new AtomicBoolean();
            report = Files.createTempFile("crm-import-report-", ".csv");
            FileImport.Summary summary;
            try (SpreadsheetFile sheet = SpreadsheetFile.open(Files.newInputStream(file(tenant, id)),
                    SpreadsheetFile.Format.valueOf(job.format()));
                 Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
                 ImportReport rows = kind == Kind.DRY ? ImportReport.everyRow(out, job.headers())
                         : new ImportReport(out, job.headers())) {
                summary = FileImport.run(sheet, session, kind == Kind.DRY, cancelled::get, new FileImport.Listener() {
                    @Override
                    public void row(ImportRow row, RowOutcome outcome) {
                        counts[outcome.action().ordinal()]++;
                        counts[TO_REVIEW] += outcome.toReview() ? 1 : 0;
                        rows.row(row, outcome);
                    }

                    @Override
                    public void progress(int rowsDone) {
                        done[0] = rowsDone;
                        cancelled.set(transactions.inTenant(tenant, () -> store().progress(tenant, id, kind,
                                counts(done[0], counts), clock.instant())));
                    }
                });
                rows.close();
                String text = Files.readString(report, StandardCharsets.UTF_8);
                int listed = rows.rows();
                Status status = summary.cancelled() ? Status.CANCELLED : Status.DONE;
                transactions.inTenant(tenant, () -> {
                    store().finish(tenant, id, kind, status, counts(summary.rows(), counts), null, text, listed,
                            clock.instant());
                    return null;
                });
                if (kind == Kind.REAL && status == Status.DONE) {
                    delete(file(tenant, id));
                }
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "import " + id + " of tenant " + tenant + " failed", e);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            transactions.inTenant(tenant, () -> {
                store().finish(tenant, id, kind, Status.FAILED, counts(done[0], counts), why, null, null,
                        clock.instant());
                return null;
            });
        } finally {
            if (report != null) {
                delete(report);
            }
        }
    }

    private static Counts counts(int rowsDone, int[] counts) {
        return new Counts(rowsDone, counts[RowOutcome.Action.CREATE.ordinal()],
                counts[RowOutcome.Action.UPDATE.ordinal()], counts[RowOutcome.Action.SKIP_DUPLICATE.ordinal()],
                counts[RowOutcome.Action.REJECT.ordinal()], counts[TO_REVIEW]);
    }

    /** The import session for the job's records, acting as the user who uploaded. */
    private ImportSession session(ImportedRecords records, ImportJob job, TenantId tenant, UserId user) {
        Recorder recorder = new Recorder(transactions.of(tenant), new JpaAuditLog(() -> em), events,
                TenantTransactions.actingAs(tenant, user), clock);
        int columns = job.headers().size();
        return switch (records) {
            case LEADS -> new LeadImport(new JpaLeadRepository(() -> em), configuration,
                    new JpaDuplicateIndex(() -> em), similarity, recorder)
                    .start(ImportedRecords.mapping(LeadColumn.class, job.mapping(), columns));
            case ACCOUNTS -> new AccountImport(new JpaAccountRepository(() -> em), new JpaContactRepository(() -> em),
                    new JpaDuplicateIndex(() -> em), recorder)
                    .start(ImportedRecords.mapping(AccountColumn.class, job.mapping(), columns));
            case DEALS -> new DealImport(new JpaAccountRepository(() -> em), new JpaDealRepository(() -> em),
                    new DealProgression(new JpaDealRepository(() -> em), new JpaStageHistory(() -> em),
                            new JpaTaskRepository(() -> em), configuration, recorder),
                    new JpaDuplicateIndex(() -> em), configuration, recorder)
                    .start(ImportedRecords.mapping(DealColumn.class, job.mapping(), columns));
            case PRODUCTS -> new ProductImport(new JpaProductRepository(() -> em), recorder)
                    .start(ImportedRecords.mapping(ProductColumn.class, job.mapping(), columns));
        };
    }

    private Path file(TenantId tenant, UUID id) {
        Path root = folder.filter(name -> !name.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "crm-imports"));
        return root.resolve(tenant.value()).resolve(id + ".upload");
    }

    private void copyBounded(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new WebApplicationException("the file is larger than " + maxBytes / (1024 * 1024)
                            + " MiB (crm.imports.max-bytes)", Response.status(413).build());
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new InvalidValueException("file", "is empty: send the file as the request's body");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file, e);
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
