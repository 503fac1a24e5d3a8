import { useEffect, useState } from 'preact/hooks';
import type { PipelineDefinition, StageDefinition } from '../../api/types';
import { useServices } from '../../services';
import { described, Field, inputId } from '../../ui/forms';
import { PageFrame } from '../../ui/page-frame';
import { useAction } from '../../ui/use-action';
import { canMove, DEAL_FIELDS, moved, tierOf, withNewStage, withTask, withTier, type FieldTier } from './pipeline';

const STAGE_FIELDS = ['name', 'probabilityPercent', 'rottingDays', 'maxNextStepGapHours'];

/**
 * The tenant's pipeline: its stages in order, each with its name, how likely a deal there is won, after how many
 * days a deal sitting there rots, and how far off its next step may be. Open stages can be added, renamed,
 * reordered and removed (not one deals still sit in: the service says so); won and lost stages close the list.
 * Each stage also says which deal fields a deal needs (or is reminded of) to enter it, and which tasks entering it
 * makes for the deal's owner.
 */
export function PipelineEditor() {
  const { api, t } = useServices();
  const [pipeline, setPipeline] = useState<PipelineDefinition | null>(null);
  const [newName, setNewName] = useState('');

  async function load() { setPipeline(await api.pipelineDefinition()); }
  const fields = ['stages', 'name', ...(pipeline?.stages ?? []).flatMap((stage, i) =>
    [`stages[${i}]`, ...STAGE_FIELDS.map(f => `stages[${i}].${f}`), `stages[${i}].requiredFields`,
      `stages[${i}].suggestedFields`, ...stage.tasksOnEntry.flatMap((_, j) =>
        [`stages[${i}].tasksOnEntry[${j}].title`, `stages[${i}].tasksOnEntry[${j}].dueAfterHours`])])];
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
    labels[`stages[${i}].requiredFields`] = `${s.name}: ${t.t('pipeline.entry')}`;
    labels[`stages[${i}].suggestedFields`] = `${s.name}: ${t.t('pipeline.entry')}`;
    s.tasksOnEntry.forEach((_, j) => {
      labels[`stages[${i}].tasksOnEntry[${j}].title`] = `${s.name}: ${t.t('pipeline.taskTitle', { number: j + 1 })}`;
      labels[`stages[${i}].tasksOnEntry[${j}].dueAfterHours`] = `${s.name}: ${t.t('pipeline.taskDue', { number: j + 1 })}`;
    });
  });

  return (
    <PageFrame id="pipeline" title={t.t('admin.pipeline')} help={t.t('pipeline.help')} notice={notice} errors={errors} labels={labels}>
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
              <EntryRules stage={stage} index={i} errors={errors.fields} onChange={next => change(i, next)} />
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
    </PageFrame>
  );
}

/**
 * What entering a stage asks: per deal field, nothing, a reminder or a refusal without it; and the tasks it makes
 * for the deal's owner. Folded away under a summary that says how much is asked, so the stage list stays short.
 */
function EntryRules({ stage, index, errors, onChange }: { stage: StageDefinition; index: number;
  errors: Record<string, string>; onChange: (stage: StageDefinition) => void }) {
  const { t } = useServices();
  const at = (field: string) => `stages[${index}].${field}`;
  const tierError = errors[at('requiredFields')] ?? errors[at('suggestedFields')];
  const taskErrors = stage.tasksOnEntry.some((_, j) => errors[at(`tasksOnEntry[${j}].title`)]
    || errors[at(`tasksOnEntry[${j}].dueAfterHours`)]);
  return (
    <details open={!!tierError || taskErrors}>
      <summary>{t.t('pipeline.entrySummary', { required: stage.requiredFields.length,
        suggested: stage.suggestedFields.length, tasks: t.count('pipeline.entryTasks', stage.tasksOnEntry.length) })}</summary>
      <fieldset class="plain" id={inputId(at('requiredFields'))}>
        <legend>{t.t('pipeline.entry')}</legend>
        {tierError && <p class="error">{tierError}</p>}
        {DEAL_FIELDS.map(field => {
          const id = inputId(at(`tier.${field}`));
          return (
            <Field key={field} id={id} label={t.t(`field.${field}` as 'field.amount')}>
              <select id={id} value={tierOf(stage, field)}
                onChange={e => onChange(withTier(stage, field, (e.target as HTMLSelectElement).value as FieldTier))}>
                <option value="none">{t.t('pipeline.tier.none')}</option>
                <option value="suggested">{t.t('pipeline.tier.suggested')}</option>
                <option value="required">{t.t('pipeline.tier.required')}</option>
              </select>
            </Field>
          );
        })}
      </fieldset>
      <fieldset class="plain">
        <legend>{t.t('pipeline.tasksTitle')}</legend>
        {stage.tasksOnEntry.map((task, j) => {
          const titleId = inputId(at(`tasksOnEntry[${j}].title`));
          const dueId = inputId(at(`tasksOnEntry[${j}].dueAfterHours`));
          const titleError = errors[at(`tasksOnEntry[${j}].title`)];
          const dueError = errors[at(`tasksOnEntry[${j}].dueAfterHours`)];
          return (
            <div class="row" key={j}>
              <Field id={titleId} label={t.t('pipeline.taskTitle', { number: j + 1 })} error={titleError}>
                <input {...described(titleId, titleError)} value={task.title}
                  onInput={e => onChange(withTask(stage, j, { ...task, title: (e.target as HTMLInputElement).value }))} />
              </Field>
              <Field id={dueId} label={t.t('pipeline.taskDue', { number: j + 1 })} error={dueError}>
                <input {...described(dueId, dueError)} inputMode="numeric"
                  value={Number.isNaN(task.dueAfterHours) ? '' : String(task.dueAfterHours)}
                  onInput={e => {
                    const text = (e.target as HTMLInputElement).value.trim();
                    onChange(withTask(stage, j, { ...task, dueAfterHours: text === '' ? NaN : Number(text) }));
                  }} />
              </Field>
              <button type="button" aria-label={t.t('pipeline.removeTaskOf', { title: task.title || String(j + 1) })}
                onClick={() => onChange(withTask(stage, j, null))}>{t.t('pipeline.remove')}</button>
            </div>
          );
        })}
        <button type="button" onClick={() => onChange(withTask(stage, stage.tasksOnEntry.length,
          { title: '', dueAfterHours: 24 }))}>{t.t('pipeline.addTask')}</button>
      </fieldset>
    </details>
  );
}
