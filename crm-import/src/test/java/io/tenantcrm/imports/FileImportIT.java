package io.tenantcrm.imports;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.dedupe.NameSimilarity;
import io.tenantcrm.core.imports.ColumnMapping;
import io.tenantcrm.core.imports.ImportRow;
import io.tenantcrm.core.imports.LeadImport;
import io.tenantcrm.core.imports.RowOutcome;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.ConversionTerms;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole files into a real PostgreSQL as the application role, in a JVM limited to 256 MB of heap (failsafe's
 * argLine for this module): 100 000 rows stream through without the file ever being in memory; a dry run and the
 * real run of the same file come to the same; the report lists exactly the rows not imported.
 */
class FileImportIT {

    static final NameSimilarity SIMILARITY = (a, b) -> a.equals(b) ? 1.0 : 0.0;

    static ImportDatabase database;

    @BeforeAll
    static void startDatabase() throws SQLException {
        database = ImportDatabase.start();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void a_hundred_thousand_rows_import_within_a_256_mb_heap_and_only_the_bad_rows_are_reported() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap this run is limited to")
                .isLessThanOrEqualTo(256L * 1024 * 1024);
        TenantId tenant = database.tenant("big-file");
        Path file = Files.createTempFile("leads-100k", ".csv");
        int rows = 100_000;
        SampleLeadsFile.write(file, rows);
        Path report = Files.createTempFile("leads-100k-report", ".csv");
        AtomicInteger progress = new AtomicInteger();

        FileImport.Summary summary;
        try (InputStream in = Files.newInputStream(file);
             SpreadsheetFile sheet = SpreadsheetFile.open(in, SpreadsheetFile.Format.CSV);
             Writer out = Files.newBufferedWriter(report);
             ImportReport problems = new ImportReport(out, sheet.headers())) {
            LeadImport.Session session = database.leadImport(tenant, SIMILARITY)
                    .start(ColumnMapping.suggest(sheet.headers()));
            summary = FileImport.run(sheet, session, false, () -> false, new FileImport.Listener() {
                @Override
                public void row(ImportRow row, RowOutcome outcome) {
                    problems.row(row, outcome);
                }

                @Override
                public void progress(int done) {
                    progress.set(done);
                }
            });
        }

        assertThat(summary.rows()).isEqualTo(rows);
        assertThat(progress.get()).isEqualTo(rows);
        assertThat(summary.rejected()).as("every 997th row has a broken email").isEqualTo(rows / 997);
        assertThat(summary.updated()).as("every 1 000th row repeats an earlier row's email").isEqualTo(rows / 1000);
        assertThat(summary.created() + summary.updated() + summary.skipped() + summary.rejected()).isEqualTo(rows);
        assertThat(database.leads(tenant)).isEqualTo(summary.created());
        try (var lines = Files.lines(report)) {
            assertThat(lines.count()).as("a header and one line per row not imported or to review")
                    .isEqualTo(1 + summary.rejected() + summary.skipped() + summary.toReview());
        }
    }

    @Test
    void a_dry_run_and_the_real_run_of_a_file_come_to_the_same_and_a_cancelled_run_stops_between_batches()
            throws Exception {
        TenantId tenant = database.tenant("small-file");
        // row 42's person is a customer already: a contact with the same name and mailbox
        Crm crm = database.crm(tenant);
        crm.leadConversion().convert(crm.leadIntake().receive(NewLead.of(SourceChannel.TRADE_SHOW,
                ContactDetails.of("Buyer " + SampleLeadsFile.words(42), null, EmailAddress.of("buyer42@company42.example"), null),
                CountryCode.of("DE"), null)).id(), null,
                ConversionTerms.of("Valves", new NextStep("Call", Instant.now().plus(Duration.ofDays(1)))));
        long before = database.leads(tenant);
        Path file = Files.createTempFile("leads-3k", ".csv");
        SampleLeadsFile.write(file, 3_000);

        FileImport.Summary dry = run(tenant, file, true, () -> false);
        assertThat(database.leads(tenant)).as("a dry run writes nothing").isEqualTo(before);
        FileImport.Summary real = run(tenant, file, false, () -> false);

        assertThat(real).isEqualTo(dry);
        assertThat(real.skipped()).as("the known customer's row, skipped under on-import=block").isEqualTo(1);
        assertThat(database.leads(tenant)).isEqualTo(before + real.created());

        TenantId other = database.tenant("cancelled-file");
        AtomicInteger asked = new AtomicInteger();
        FileImport.Summary cancelled = run(other, file, false, () -> asked.incrementAndGet() > 2);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.rows()).isEqualTo(2 * FileImport.BATCH);
        assertThat(database.leads(other)).isEqualTo(cancelled.created());
    }

    private FileImport.Summary run(TenantId tenant, Path file, boolean dryRun, BooleanSupplier stop)
            throws IOException {
        try (InputStream in = Files.newInputStream(file);
             SpreadsheetFile sheet = SpreadsheetFile.open(in, SpreadsheetFile.Format.CSV)) {
            LeadImport.Session session = database.leadImport(tenant, SIMILARITY)
                    .start(ColumnMapping.suggest(sheet.headers()));
            return FileImport.run(sheet, session, dryRun, stop, (row, outcome) -> { });
        }
    }
}
