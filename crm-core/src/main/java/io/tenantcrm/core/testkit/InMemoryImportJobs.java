package io.tenantcrm.core.testkit;

import io.tenantcrm.core.imports.ImportJob;
import io.tenantcrm.core.imports.ImportJobRepository;
import io.tenantcrm.core.imports.ImportRun;
import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link ImportJobRepository} in memory, inside {@link InMemoryCrm}'s transactions. */
public final class InMemoryImportJobs implements ImportJobRepository, Transactional {

    private record JobKey(TenantId tenant, UUID id) {
    }

    private record RunKey(TenantId tenant, UUID id, ImportRun.Kind kind) {
    }

    /** A run as stored: what {@link ImportRun} answers, and its report. */
    private record StoredRun(ImportRun run, String report) {
    }

    private final Object lock;
    private Map<JobKey, ImportJob> jobs = new LinkedHashMap<>();
    private Map<RunKey, StoredRun> runs = new LinkedHashMap<>();

    InMemoryImportJobs(Object lock) {
        this.lock = lock;
    }

    @Override
    public void add(ImportJob job) {
        synchronized (lock) {
            jobs.put(new JobKey(job.tenant(), job.id()), job);
        }
    }

    @Override
    public Optional<ImportJob> find(TenantId tenant, UUID id) {
        synchronized (lock) {
            return Optional.ofNullable(jobs.get(new JobKey(tenant, id)));
        }
    }

    @Override
    public void mapping(TenantId tenant, UUID id, Map<String, Integer> mapping) {
        synchronized (lock) {
            ImportJob job = jobs.get(new JobKey(tenant, id));
            if (job != null) {
                jobs.put(new JobKey(tenant, id), new ImportJob(tenant, id, job.createdBy(), job.createdAt(),
                        job.records(), job.fileName(), job.format(), job.headers(), mapping, job.rows()));
            }
        }
    }

    @Override
    public List<ImportRun> runs(TenantId tenant, UUID id, Instant now) {
        synchronized (lock) {
            return runs.entrySet().stream()
                    .filter(e -> e.getKey().tenant().equals(tenant) && e.getKey().id().equals(id))
                    .map(e -> e.getValue().run())
                    .map(run -> quiet(run, now) ? interrupted(run) : run)
                    .sorted(Comparator.comparing(ImportRun::kind)).toList();
        }
    }

    @Override
    public boolean start(TenantId tenant, UUID id, ImportRun.Kind kind, String instance, Instant at) {
        synchronized (lock) {
            RunKey key = new RunKey(tenant, id, kind);
            StoredRun earlier = runs.get(key);
            if (earlier != null && ((earlier.run().status() == ImportRun.Status.RUNNING && !quiet(earlier.run(), at))
                    || (kind == ImportRun.Kind.REAL && earlier.run().status() == ImportRun.Status.DONE))) {
                return false;
            }
            runs.put(key, new StoredRun(new ImportRun(kind, ImportRun.Status.RUNNING,
                    new ImportRun.Counts(0, 0, 0, 0, 0, 0), false, null, at, at, null, null), null));
            return true;
        }
    }

    @Override
    public boolean progress(TenantId tenant, UUID id, ImportRun.Kind kind, ImportRun.Counts counts, Instant at) {
        synchronized (lock) {
            RunKey key = new RunKey(tenant, id, kind);
            StoredRun stored = runs.get(key);
            if (stored != null && stored.run().status() == ImportRun.Status.RUNNING) {
                ImportRun run = stored.run();
                runs.put(key, new StoredRun(new ImportRun(kind, run.status(), counts, run.cancelRequested(),
                        run.error(), run.startedAt(), at, null, null), null));
            }
            return cancelRequested(tenant, id, kind);
        }
    }

    @Override
    public boolean cancelRequested(TenantId tenant, UUID id, ImportRun.Kind kind) {
        synchronized (lock) {
            StoredRun stored = runs.get(new RunKey(tenant, id, kind));
            return stored != null && stored.run().cancelRequested();
        }
    }

    @Override
    public int requestCancel(TenantId tenant, UUID id) {
        synchronized (lock) {
            int asked = 0;
            for (Map.Entry<RunKey, StoredRun> entry : runs.entrySet()) {
                ImportRun run = entry.getValue().run();
                if (entry.getKey().tenant().equals(tenant) && entry.getKey().id().equals(id)
                        && run.status() == ImportRun.Status.RUNNING) {
                    entry.setValue(new StoredRun(new ImportRun(run.kind(), run.status(), run.counts(), true,
                            run.error(), run.startedAt(), run.heartbeatAt(), run.finishedAt(), run.reportRows()),
                            entry.getValue().report()));
                    asked++;
                }
            }
            return asked;
        }
    }

    @Override
    public void finish(TenantId tenant, UUID id, ImportRun.Kind kind, ImportRun.Status status, ImportRun.Counts counts,
                       String error, String report, Integer reportRows, Instant at) {
        synchronized (lock) {
            RunKey key = new RunKey(tenant, id, kind);
            StoredRun stored = runs.get(key);
            if (stored != null) {
                String cut = error == null || error.length() <= 500 ? error : error.substring(0, 500);
                ImportRun run = stored.run();
                runs.put(key, new StoredRun(new ImportRun(kind, status, counts, run.cancelRequested(), cut,
                        run.startedAt(), at, at, reportRows), report));
            }
        }
    }

    @Override
    public Optional<String> report(TenantId tenant, UUID id, ImportRun.Kind kind) {
        synchronized (lock) {
            return Optional.ofNullable(runs.get(new RunKey(tenant, id, kind))).map(StoredRun::report);
        }
    }

    private static boolean quiet(ImportRun run, Instant now) {
        return run.status() == ImportRun.Status.RUNNING && run.heartbeatAt().plus(ImportRun.QUIET).isBefore(now);
    }

    /** A running run whose instance went quiet: it stopped, and can be started again. */
    private static ImportRun interrupted(ImportRun run) {
        return new ImportRun(run.kind(), ImportRun.Status.INTERRUPTED, run.counts(), run.cancelRequested(),
                run.error(), run.startedAt(), run.heartbeatAt(), run.finishedAt(), run.reportRows());
    }

    @Override
    public Object snapshot() {
        return new Object[] {new LinkedHashMap<>(jobs), new LinkedHashMap<>(runs)};
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        Object[] saved = (Object[]) snapshot;
        jobs = (Map<JobKey, ImportJob>) saved[0];
        runs = (Map<RunKey, StoredRun>) saved[1];
    }
}
