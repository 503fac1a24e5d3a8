import type { PipelineDefinition, StageDefinition } from '../../api/types';

/** A stage key from its name ("Sample & Trial" is "sample-trial"), unique in the pipeline. */
export function stageKey(name: string, taken: readonly string[]): string {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 36) || 'stage';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`;
  return key;
}

/** A new open stage, placed after the last open one (won and lost stages come last), with the usual defaults. */
export function withNewStage(pipeline: PipelineDefinition, name: string): PipelineDefinition {
  const stages = [...pipeline.stages];
  const at = stages.findIndex(s => s.kind !== 'OPEN');
  const stage: StageDefinition = { id: stageKey(name, stages.map(s => s.id)), name, kind: 'OPEN',
    probabilityPercent: 50, forecastCategory: 'PIPELINE', rottingDays: 14, maxNextStepGapHours: 14 * 24,
    escalationAfterHours: null, requiredFields: [], suggestedFields: [], tasksOnEntry: [] };
  stages.splice(at < 0 ? stages.length : at, 0, stage);
  return { ...pipeline, stages };
}

/** Whether stage `index` can move by `by` places: open stages among themselves only. */
export function canMove(stages: StageDefinition[], index: number, by: -1 | 1): boolean {
  const other = stages[index + by];
  return !!other && stages[index].kind === 'OPEN' && other.kind === 'OPEN';
}

export function moved(stages: StageDefinition[], index: number, by: -1 | 1): StageDefinition[] {
  if (!canMove(stages, index, by)) return stages;
  const next = [...stages];
  [next[index], next[index + by]] = [next[index + by], next[index]];
  return next;
}
