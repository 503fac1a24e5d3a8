import { useEffect, useState } from 'preact/hooks';
import type { PipelineDefinition, StageDefinition } from '../../api/types';
import { useServices } from '../../services';
import { described, ErrorSummary, Field, inputId, Notice } from '../../ui/forms';
import { useAction } from '../../ui/use-action';
import { canMove, moved, withNewStage } from './pipeline';

const STAGE_FIELDS = ['name', 'probabilityPercent', 'rottingDays', 'maxNextStepGapHours'];

/**
 * The tenant's pipeline: its stages in order, each with its name, how likely a deal there is won, after how many
 * days a deal sitting there rots, and how far off its next step may be. Open stages can be added, renamed,
 * reordered and removed (not one deals still sit in: the service says so); won and lost stages close the list.
 * Required fields and tasks on entry are kept as they are.
 */
export function PipelineEditor() {
  const { api, t } = useServices();
  const [pipeline, setPipeline] = useState<PipelineDefinition | null>(null);
  const [newName, setNewName] = useState('');

  async function load() { setPipeline(await api.pipelineDefinition()); }
  const fields = ['stages', 'name', ...(pipeline?.stages ?? []).flatMap((_, i) =>
    [`stages[${i}]`, ...STAGE_FIELDS.map(f => `stages[${i}].${f}`)])];
  const { busy, errors, notice, run } = useAction(fields, load);
  useEffect(() => { void load().catch(() => setPipeline(null)); }, []);
  if (!pipeline) return <p aria-busy="true">{t.t('app.loading')}</p>;

  const change = (i: number, patch: Partial<StageDefinition>) =>
    setPipeline({ ...pipeline, stages: pipeline.stages.map((s, j) => j === i ? { ...s, ...patch } : s) });
  const number = (e: Event) => {
    const text = (e.target as HTMLInputElement).value.trim();
    return text === '' ? NaN : Number(text);
  };
  const labels: Record<string, string> = { stages: t.t('pipeline.stages'), name: t.t('pipeline.name') };
  pipeline.stages.forEach((s, i) => {
    labels[`stages[${i}]`] = s.name;
    STAGE_FIELDS.forEach(f => { labels[`stages[${i}].${f}`] = `${s.name}: ${t.t(`pipeline.field.${f}` as 'pipeline.field.name')}`; });
  });

  return (
    <section aria-labelledby="pipeline-title">
      <h1 id="pipeline-title">{t.t('admin.pipeline')}</h1>
      <p class="subtitle">{t.t('pipeline.help')}</p>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary title={t.t('lead.new.errors')} fields={errors.fields} general={errors.general} labels={labels}
        line={(field, message) => t.t('lead.new.fieldError', { field, message })} />
      <form noValidate onSubmit={event => {
        event.preventDefault();
        void run(() => api.replacePipeline(pipeline), t.t('pipeline.saved'));
      }}>
        {pipeline.stages.map((stage, i) => {
          const id = (field: string) => inputId(`stages[${i}].${field}`);
          const error = (field: string) => errors.fields[`stages[${i}].${field}`];
          const open = stage.kind === 'OPEN';
          return (
            <fieldset key={stage.id} class={errors.fields[`stages[${i}]`] ? 'card stage field-error' : 'card stage'}
              id={inputId(`stages[${i}]`)}>
              <legend>{t.t('pipeline.stage', { number: i + 1 })} · {t.t(`pipeline.kind.${stage.kind}`)}</legend>
              {errors.fields[`stages[${i}]`] && <p class="error">{errors.fields[`stages[${i}]`]}</p>}
              <Field id={id('name')} label={t.t('pipeline.field.name')} error={error('name')} hint={stage.id}>
                <input {...described(id('name'), error('name'), stage.id)} value={stage.name}
                  onInput={e => change(i, { name: (e.target as HTMLInputElement).value })} />
              </Field>
              <div class="row">
                <Field id={id('probabilityPercent')} label={t.t('pipeline.field.probabilityPercent')} error={error('probabilityPercent')}>
                  <input {...described(id('probabilityPercent'), error('probabilityPercent'))} inputMode="numeric"
                    disabled={!open} value={Number.isNaN(stage.probabilityPercent) ? '' : String(stage.probabilityPercent)}
                    onInput={e => change(i, { probabilityPercent: number(e) })} />
                </Field>
                <Field id={id('rottingDays')} label={t.t('pipeline.field.rottingDays')} error={error('rottingDays')}>
                  <input {...described(id('rottingDays'), error('rottingDays'))} inputMode="numeric"
                    value={Number.isNaN(stage.rottingDays) ? '' : String(stage.rottingDays)}
                    onInput={e => change(i, { rottingDays: number(e) })} />
                </Field>
                <Field id={id('maxNextStepGapHours')} label={t.t('pipeline.field.maxNextStepGapHours')}
                  error={error('maxNextStepGapHours')}>
                  <input {...described(id('maxNextStepGapHours'), error('maxNextStepGapHours'))} inputMode="numeric"
                    value={Number.isNaN(stage.maxNextStepGapHours) ? '' : String(Math.round(stage.maxNextStepGapHours / 24))}
                    onInput={e => change(i, { maxNextStepGapHours: number(e) * 24 })} />
                </Field>
              </div>
              {(stage.requiredFields.length > 0 || stage.tasksOnEntry.length > 0) && (
                <p class="hint">{[
                  stage.requiredFields.length > 0 && t.t('pipeline.required', { fields: stage.requiredFields.join(', ') }),
                  stage.tasksOnEntry.length > 0 && t.t('pipeline.tasks', { tasks: stage.tasksOnEntry.map(x => x.title).join('; ') }),
                ].filter(Boolean).join(' · ')}</p>)}
              {open && (
                <div class="actions wrap">
                  <button type="button" disabled={!canMove(pipeline.stages, i, -1)}
                    aria-label={t.t('pipeline.upOf', { name: stage.name })}
                    onClick={() => setPipeline({ ...pipeline, stages: moved(pipeline.stages, i, -1) })}>{t.t('pipeline.up')}</button>
                  <button type="button" disabled={!canMove(pipeline.stages, i, 1)}
                    aria-label={t.t('pipeline.downOf', { name: stage.name })}
                    onClick={() => setPipeline({ ...pipeline, stages: moved(pipeline.stages, i, 1) })}>{t.t('pipeline.down')}</button>
                  <button type="button" aria-label={t.t('pipeline.removeOf', { name: stage.name })}
                    onClick={() => setPipeline({ ...pipeline, stages: pipeline.stages.filter((_, j) => j !== i) })}>
                    {t.t('pipeline.remove')}</button>
                </div>
              )}
            </fieldset>
          );
        })}
        <fieldset class="card">
          <legend>{t.t('pipeline.add')}</legend>
          <Field id="new-stage" label={t.t('pipeline.newName')}>
            <input id="new-stage" value={newName} onInput={e => setNewName((e.target as HTMLInputElement).value)} />
          </Field>
          <button type="button" disabled={!newName.trim()} onClick={() => {
            setPipeline(withNewStage(pipeline, newName.trim()));
            setNewName('');
          }}>{t.t('pipeline.addButton')}</button>
        </fieldset>
        <label class="choice"><input type="checkbox" checked={pipeline.skippingAllowed}
          onChange={() => setPipeline({ ...pipeline, skippingAllowed: !pipeline.skippingAllowed })} /> {t.t('pipeline.skipping')}</label>
        <label class="choice"><input type="checkbox" checked={pipeline.movingBackAllowed}
          onChange={() => setPipeline({ ...pipeline, movingBackAllowed: !pipeline.movingBackAllowed })} /> {t.t('pipeline.back')}</label>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>{t.t('pipeline.save')}</button>
          <button type="button" disabled={busy} onClick={() => void load()}>{t.t('pipeline.discard')}</button>
        </div>
      </form>
    </section>
  );
}
