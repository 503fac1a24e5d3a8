import { describe, expect, it } from 'vitest';
import type { ImportJob, ImportRun } from '../src/api/types';
import { columnsUsedTwice, mappingChanged, mappingToSend, percentDone, runningNow, stageOf } from '../src/screens/imports/import-progress';

function run(status: ImportRun['status'], rowsDone = 0, rowsTotal = 10): ImportRun {
  return { status, rowsTotal, rowsDone, created: 0, updated: 0, skipped: 0, rejected: 0, toReview: 0,
    cancelRequested: false, startedAt: '2026-12-07T10:00:00Z' };
}

function job(dryRun?: ImportRun, real?: ImportRun): ImportJob {
  return { id: 'j', type: 'leads', fileName: 'fair.csv', format: 'csv', rows: 10, headers: ['Name', 'Email', 'Tel'],
    mapping: { personName: 0, email: 1 }, fields: ['personName', 'email', 'phone'], createdBy: 'u',
    createdAt: '2026-12-07T10:00:00Z', dryRun, run: real };
}

describe('an import page', () => {
  it('goes from the columns to a dry run, its review, the import and its end', () => {
    expect(stageOf(job())).toBe('mapping');
    expect(stageOf(job(run('running')))).toBe('dry-running');
    expect(stageOf(job(run('done')))).toBe('reviewing');
    // a dry run that did not finish is no review: the columns again
    expect(stageOf(job(run('interrupted')))).toBe('mapping');
    expect(stageOf(job(run('done'), run('running')))).toBe('importing');
    expect(stageOf(job(run('done'), run('cancelled')))).toBe('finished');
  });

  it('asks for progress only while a run goes on', () => {
    expect(runningNow(job(run('done')))).toBeUndefined();
    expect(runningNow(job(run('running')))?.status).toBe('running');
    expect(runningNow(job(run('done'), run('running', 5)))?.rowsDone).toBe(5);
  });

  it('shows progress in whole percent, never past 100, a file of no rows done at once', () => {
    expect(percentDone(run('running', 0))).toBe(0);
    expect(percentDone(run('running', 1, 3))).toBe(33);
    expect(percentDone(run('done', 10))).toBe(100);
    expect(percentDone(run('done', 12))).toBe(100);
    expect(percentDone(run('done', 0, 0))).toBe(100);
  });

  it('sends only the fields given a column and knows when the mapping changed', () => {
    expect(mappingToSend({ personName: 0, email: undefined, phone: 2 })).toEqual({ personName: 0, phone: 2 });
    expect(mappingChanged(job(), { personName: 0, email: 1, phone: undefined })).toBe(false);
    expect(mappingChanged(job(), { personName: 0, email: 1, phone: 2 })).toBe(true);
    expect(mappingChanged(job(), { personName: 0, email: undefined })).toBe(true);
    expect(mappingChanged(job(), { personName: 2, email: 1 })).toBe(true);
  });

  it('points out a column that feeds two fields', () => {
    expect(columnsUsedTwice({ personName: 0, email: 1, phone: 1, country: 0 })).toEqual([0, 1]);
    expect(columnsUsedTwice({ personName: 0, email: 1, phone: undefined })).toEqual([]);
  });
});
