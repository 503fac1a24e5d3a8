import type { ImportJob, ImportRun } from '../../api/types';

/** Where an import stands, which decides what its page offers next. */
export type ImportStage =
  | 'mapping'      // uploaded: check the columns, then a dry run
  | 'dry-running'  // the dry run goes on
  | 'reviewing'    // the dry run is done: its counts and report, then the import itself
  | 'importing'    // the real run goes on
  | 'finished';    // the real run ended (done, cancelled, failed or interrupted)

export function stageOf(job: ImportJob): ImportStage {
  if (job.run) return job.run.status === 'running' ? 'importing' : 'finished';
  if (job.dryRun?.status === 'running') return 'dry-running';
  return job.dryRun?.status === 'done' ? 'reviewing' : 'mapping';
}

/** The run going on now, if any: the page asks again every second while there is one. */
export function runningNow(job: ImportJob): ImportRun | undefined {
  return [job.run, job.dryRun].find(run => run?.status === 'running') ?? undefined;
}

/** How far a run is, in whole percent; a file of no rows is done at once. */
export function percentDone(run: ImportRun): number {
  if (run.rowsTotal <= 0) return 100;
  return Math.min(100, Math.floor(100 * run.rowsDone / run.rowsTotal));
}

/** The mapping as the page edits it: the column each field is read from, or none. */
export type Mapping = Record<string, number | undefined>;

/** The mapping to send: only the fields given a column. */
export function mappingToSend(mapping: Mapping): Record<string, number> {
  return Object.fromEntries(Object.entries(mapping).filter((entry): entry is [string, number] =>
    entry[1] !== undefined));
}

/** Whether the page's mapping differs from the one the service holds (so it must be saved before a run). */
export function mappingChanged(job: ImportJob, mapping: Mapping): boolean {
  const edited = mappingToSend(mapping);
  const keys = new Set([...Object.keys(edited), ...Object.keys(job.mapping)]);
  return [...keys].some(key => edited[key] !== job.mapping[key]);
}

/** Columns that feed more than one field: allowed by the service, but most often a slip worth a hint. */
export function columnsUsedTwice(mapping: Mapping): number[] {
  const seen = new Map<number, number>();
  for (const column of Object.values(mapping)) {
    if (column !== undefined) seen.set(column, (seen.get(column) ?? 0) + 1);
  }
  return [...seen.entries()].filter(([, n]) => n > 1).map(([column]) => column).sort((a, b) => a - b);
}
