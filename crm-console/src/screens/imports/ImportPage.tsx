import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ImportJob, ImportRun } from '../../api/types';
import { ApiError } from '../../api/client';
import type { MessageKey } from '../../i18n/i18n';
import { Link } from '../../router';
import { useServices } from '../../services';
import { ErrorSummary, Notice } from '../../ui/forms';
import { saveFile } from '../../ui/save-file';
import { useAction } from '../../ui/use-action';
import { columnsUsedTwice, mappingChanged, mappingToSend, percentDone, runningNow, stageOf, type Mapping } from './import-progress';

const POLL_MS = 1000;

/**
 * One import, step by step: the columns and the field each feeds; a dry run that writes nothing and says what
 * each row would come to (its report lists them); the import itself in the background with a progress bar and a
 * way to cancel; the report of the rows not imported, to fix and upload again. The page survives a reload: the
 * service holds every step.
 */
export function ImportPage({ id }: { id: string }) {
  const { api, t } = useServices();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [missing, setMissing] = useState(false);
  const [mapping, setMapping] = useState<Mapping>({});

  async function load(keepEdits = false) {
    try {
      const next = await api.importJob(id);
      setJob(next);
      if (!keepEdits) setMapping({ ...next.mapping });
    } catch (e) {
      if (e instanceof ApiError && e.problem.status === 404) setMissing(true);
      else throw e;
    }
  }
  const fields = job ? job.fields.map(f => `mapping.${f}`).concat(['run']) : ['run'];
  const { busy, errors, notice, run } = useAction(fields, () => load());
  useEffect(() => { void load(); }, [id]);

  // while a run goes on, its progress is asked for every second; the page stops asking when it ends
  const going = job ? runningNow(job) : undefined;
  useEffect(() => {
    if (!going) return;
    const timer = setInterval(() => { void load(true).catch(() => {}); }, POLL_MS);
    return () => clearInterval(timer);
  }, [going?.status, job?.id]);

  if (missing) return <section><h1>{t.t('notFound.title')}</h1><Link href="/imports">{t.t('import.again')}</Link></section>;
  if (!job) return <p aria-busy="true">{t.t('app.loading')}</p>;

  const stage = stageOf(job);
  const editable = stage === 'mapping' || stage === 'reviewing';
  const changed = mappingChanged(job, mapping);
  const twice = columnsUsedTwice(mapping);
  const fieldLabel = (field: string) => t.optional(`import.field.${field}`) ?? field;
  const labels = Object.fromEntries(job.fields.map(f => [`mapping.${f}`, fieldLabel(f)]));
  labels.run = t.t('import.title');
  const column = (index: number) => t.t('import.column', { n: index + 1, header: job.headers[index] || '—' });

  async function saveMapping(): Promise<ImportJob> {
    return api.changeImportMapping(job!, mappingToSend(mapping));
  }
  async function start(kind: 'dry-run' | 'run') {
    await run(async () => {
      const current = changed ? await saveMapping() : job!;
      await api.startImport(current, kind);
    }, kind === 'run' ? t.t('import.started') : t.t('import.dryStarted'));
  }

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{job.fileName || t.t('import.title')}</h1>
      <p class="subtitle">{t.t('import.summary', { rows: t.number(job.rows), type: t.t(`import.type.${job.type}`),
        format: job.format.toUpperCase() })}</p>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />

      {(job.run || job.dryRun) && <RunCard job={job} run={(job.run ?? job.dryRun)!} real={!!job.run} busy={busy}
        onCancel={() => void run(() => api.cancelImport(job), t.t('import.cancelAsked'))}
        onReport={() => void run(async () => saveFile(await api.importReport(job, job.run ? 'real' : 'dry')))}>
        {stage === 'reviewing' && (changed ? <p class="hint">{t.t('import.changedSinceDry')}</p> : (
          <button type="button" class="primary" disabled={busy} onClick={() => void start('run')}>
            {t.t('import.run', { rows: t.number(job.rows) })}</button>))}
      </RunCard>}

      {editable && (
        // open while the columns are the step; after a dry run, folded under the run's counts
        <details class="card" open={stage === 'mapping' || changed} aria-labelledby="mapping-title">
          <summary><h2 id="mapping-title">{t.t('import.mapping')}</h2></summary>
          <p class="hint">{t.t('import.mappingHelp')}</p>
          <div class="mapping">
            {job.fields.map(field => {
              const inputId = `mapping-${field}`;
              const error = errors.fields[`mapping.${field}`];
              return (
                <div key={field} class={error ? 'field field-error' : 'field'}>
                  <label for={inputId}>{fieldLabel(field)}</label>
                  {error && <p class="error" id={`${inputId}-error`}>{error}</p>}
                  <select id={inputId} aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${inputId}-error` : undefined}
                    value={mapping[field] === undefined ? '' : String(mapping[field])}
                    onChange={e => {
                      const value = (e.target as HTMLSelectElement).value;
                      setMapping(current => ({ ...current, [field]: value === '' ? undefined : Number(value) }));
                    }}>
                    <option value="">{t.t('import.notImported')}</option>
                    {job.headers.map((_, index) => <option key={index} value={index}>{column(index)}</option>)}
                  </select>
                </div>
              );
            })}
          </div>
          {twice.length > 0 && <Notice kind="warning">{t.t('import.usedTwice', {
            columns: twice.map(c => column(c)).join(', ') })}</Notice>}
          <div class="actions">
            <button type="button" class={stage === 'mapping' || changed ? 'primary' : undefined} disabled={busy}
              onClick={() => void start('dry-run')}>{stage === 'mapping' ? t.t('import.dryRun') : t.t('import.dryRunAgain')}</button>
          </div>
        </details>
      )}
      {stage === 'finished' && <p><Link href="/imports">{t.t('import.again')}</Link></p>}
    </section>
  );
}

const COUNTS: (keyof ImportRun)[] = ['created', 'updated', 'toReview', 'skipped', 'rejected'];

/** A run's status, progress bar and counts; the dry run's counts say what would happen. */
function RunCard({ job, run, real, busy, onCancel, onReport, children }: { job: ImportJob; run: ImportRun;
  real: boolean; busy: boolean; onCancel: () => void; onReport: () => void; children?: ComponentChildren }) {
  const { t } = useServices();
  const percent = percentDone(run);
  const title = real ? t.t('import.realRun') : t.t('import.dryRunTitle');
  return (
    <section class="card" aria-labelledby="run-title">
      <h2 id="run-title">{title}</h2>
      <p><strong>{t.t(`import.status.${run.status}` as MessageKey)}</strong>
        {run.cancelRequested && run.status === 'running' ? ` (${t.t('import.cancelling')})` : ''}</p>
      <label for="run-progress">{t.t('import.progress', { done: t.number(run.rowsDone), total: t.number(run.rowsTotal) })}</label>
      <progress id="run-progress" max={100} value={percent} aria-valuetext={`${percent}%`}>{percent}%</progress>
      <dl class="counts">
        {COUNTS.map(count => (
          <div key={count}>
            <dt>{t.t(`import.count.${real ? 'real' : 'dry'}.${count}` as MessageKey)}</dt>
            <dd>{t.number(run[count] as number)}</dd>
          </div>
        ))}
      </dl>
      {run.error && <p class="error">{run.error}</p>}
      <div class="actions">
        {children}
        {run.status === 'running' && !run.cancelRequested && (
          <button type="button" disabled={busy} onClick={onCancel}>{t.t('import.cancel')}</button>)}
        {run.status !== 'running' && (run.reportRows ?? 0) > 0 && (
          <button type="button" disabled={busy} onClick={onReport}>
            {t.t(real ? 'import.reportReal' : 'import.reportDry', { rows: t.number(run.reportRows ?? 0) })}</button>)}
      </div>
      {job.type === 'leads' && run.toReview > 0 && run.status !== 'running' && (
        <p class="hint">{t.t(real ? 'import.reviewHint' : 'import.reviewHintDry')}</p>)}
    </section>
  );
}
