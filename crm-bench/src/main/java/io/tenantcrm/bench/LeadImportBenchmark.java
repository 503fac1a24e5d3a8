package io.tenantcrm.bench;

import io.tenantcrm.core.imports.ColumnMapping;
import io.tenantcrm.core.imports.LeadImport;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.imports.FileImport;
import io.tenantcrm.imports.ImportDatabase;
import io.tenantcrm.imports.SampleLeadsFile;
import io.tenantcrm.imports.SpreadsheetFile;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * A 100 000-row CSV of leads imported into a real PostgreSQL as the application role, the way the service does it
 * (crm-import's streaming reader, crm-core's LeadImport: each row read, checked for duplicates against the tenant
 * and the file, created with its match keys and audit entry, 500 rows a transaction), into an empty tenant each
 * time, in a 256 MB heap. Compare with {@link LeadBulkInsertBenchmark#baselineJdbcBatch}, the raw JDBC insert of
 * as many lead rows, run in the same JMH invocation. Score: milliseconds for the whole file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-XX:+UseParallelGC"})
public class LeadImportBenchmark {

    static final int ROWS = 100_000;

    ImportDatabase database;
    Path file;
    int run;

    @Setup(Level.Trial)
    public void startDatabase() throws SQLException, IOException {
        database = ImportDatabase.start();
        file = Files.createTempFile("leads-bench", ".csv");
        SampleLeadsFile.write(file, ROWS);
    }

    @TearDown(Level.Trial)
    public void stopDatabase() throws IOException {
        database.close();
        Files.deleteIfExists(file);
    }

    @Benchmark
    public FileImport.Summary importCsv() throws SQLException, IOException {
        TenantId tenant = database.tenant("import-" + (++run));
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        LeadImport imports = database.leadImport(tenant, jaroWinkler::apply);
        try (InputStream in = Files.newInputStream(file);
             SpreadsheetFile sheet = SpreadsheetFile.open(in, SpreadsheetFile.Format.CSV)) {
            return FileImport.run(sheet, imports.start(ColumnMapping.suggest(sheet.headers())), false, () -> false,
                    (row, outcome) -> { });
        }
    }
}
