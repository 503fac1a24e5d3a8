import { describe, expect, it } from 'vitest';
import type { PipelineDefinition, StageDefinition } from '../src/api/types';
import { canMove, moved, stageKey, tierOf, withNewStage, withTask, withTier } from '../src/screens/pipeline/pipeline';

function stage(id: string, kind: StageDefinition['kind'] = 'OPEN'): StageDefinition {
  return { id, name: id, kind, probabilityPercent: kind === 'WON' ? 100 : 10, forecastCategory: 'PIPELINE',
    rottingDays: 14, maxNextStepGapHours: 336, requiredFields: [], suggestedFields: [], tasksOnEntry: [] };
}
const pipeline: PipelineDefinition = { id: 'default', name: 'Sales', skippingAllowed: true, movingBackAllowed: true,
  stages: [stage('inquiry'), stage('quote'), stage('order', 'WON'), stage('lost', 'LOST')] };

describe('the pipeline page', () => {
  it('makes a stage key from a name, unique in the pipeline', () => {
    expect(stageKey('Sample & Trial', [])).toBe('sample-trial');
    expect(stageKey('Café visit', [])).toBe('cafe-visit');
    expect(stageKey('Quote', ['quote', 'quote-2'])).toBe('quote-3');
    expect(stageKey('工厂参观', [])).toBe('stage');
  });

  it('adds a new open stage after the last open one, before won and lost', () => {
    const next = withNewStage(pipeline, 'Factory visit');
    expect(next.stages.map(s => s.id)).toEqual(['inquiry', 'quote', 'factory-visit', 'order', 'lost']);
    expect(next.stages[2]).toMatchObject({ kind: 'OPEN', name: 'Factory visit', rottingDays: 14 });
    expect(pipeline.stages).toHaveLength(4);
  });

  it('moves open stages among themselves only', () => {
    expect(canMove(pipeline.stages, 0, -1)).toBe(false);
    expect(canMove(pipeline.stages, 1, 1)).toBe(false);
    expect(canMove(pipeline.stages, 2, -1)).toBe(false);
    expect(moved(pipeline.stages, 0, 1).map(s => s.id)).toEqual(['quote', 'inquiry', 'order', 'lost']);
    expect(moved(pipeline.stages, 1, 1)).toBe(pipeline.stages);
  });

  it('asks for a deal field at one tier at most: required, suggested or not at all', () => {
    const quote = withTier(stage('quote'), 'amount', 'suggested');
    expect(tierOf(quote, 'amount')).toBe('suggested');
    const required = withTier(quote, 'amount', 'required');
    expect(required.requiredFields).toEqual(['amount']);
    expect(required.suggestedFields).toEqual([]);
    expect(tierOf(withTier(required, 'amount', 'none'), 'amount')).toBe('none');
    expect(tierOf(required, 'tradeTerms')).toBe('none');
  });

  it('adds, changes and removes the tasks entering a stage makes', () => {
    const one = withTask(stage('sample'), 0, { title: 'Send samples', dueAfterHours: 48 });
    const two = withTask(one, 1, { title: 'Ask for feedback', dueAfterHours: 240 });
    expect(withTask(two, 0, { title: 'Send samples by courier', dueAfterHours: 24 }).tasksOnEntry.map(x => x.title))
      .toEqual(['Send samples by courier', 'Ask for feedback']);
    expect(withTask(two, 0, null).tasksOnEntry).toEqual([{ title: 'Ask for feedback', dueAfterHours: 240 }]);
  });
});
