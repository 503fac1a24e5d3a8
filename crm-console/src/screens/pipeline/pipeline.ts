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

/** The deal fields a stage can ask for before a deal enters it (crm-core DealField, as the API names them). */
export const DEAL_FIELDS = ['amount', 'expectedClose', 'primaryContact', 'productInterest', 'tradeTerms',
  'paymentTerms'] as const;
export type DealFieldName = typeof DEAL_FIELDS[number];
/** How much a stage asks for a field: a move is refused without a required one; a suggested one is only said. */
export type FieldTier = 'none' | 'suggested' | 'required';

export function tierOf(stage: StageDefinition, field: DealFieldName): FieldTier {
  return stage.requiredFields.includes(field) ? 'required' : stage.suggestedFields.includes(field) ? 'suggested' : 'none';
}

/** The stage asking for the field at this tier (a field is in one tier at most, as the service keeps it). */
export function withTier(stage: StageDefinition, field: DealFieldName, tier: FieldTier): StageDefinition {
  const without = (fields: string[]) => fields.filter(f => f !== field);
  return { ...stage,
    requiredFields: tier === 'required' ? [...without(stage.requiredFields), field] : without(stage.requiredFields),
    suggestedFields: tier === 'suggested' ? [...without(stage.suggestedFields), field] : without(stage.suggestedFields) };
}

/** A task made for the deal's owner on entering the stage, due so many hours after. */
export type EntryTask = StageDefinition['tasksOnEntry'][number];

export function withTask(stage: StageDefinition, index: number, task: EntryTask | null): StageDefinition {
  const tasks = [...stage.tasksOnEntry];
  if (task === null) tasks.splice(index, 1);
  else if (index >= tasks.length) tasks.push(task);
  else tasks[index] = task;
  return { ...stage, tasksOnEntry: tasks };
}
