import { useEffect, useState } from 'preact/hooks';
import { GRADES, SOURCE_CHANNELS, type AssignmentPolicy, type AssignmentRule, type Colleague,
  type SalesPoolDefinition } from '../../api/types';
import { useServices } from '../../services';
import { described, Field, inputId, Notice } from '../../ui/forms';
import { PageFrame } from '../../ui/page-frame';
import { useAction } from '../../ui/use-action';
import { listText, missingPools, parseList, startingPolicy, targetOf, targetValue } from './assignment';

/** A rule as edited: its comma lists as typed, so "DE, " stays while typing; parsed when saved. */
type EditedRule = AssignmentRule & { countriesText: string; productLinesText: string };
type EditedPolicy = Omit<AssignmentPolicy, 'rules'> & { rules: EditedRule[] };

function edited(policy: AssignmentPolicy): EditedPolicy {
  return { ...policy, rules: policy.rules.map(r => ({ ...r, countriesText: listText(r.countries),
    productLinesText: listText(r.productLines) })) };
}

function toSend(policy: EditedPolicy): AssignmentPolicy {
  return { ...policy, rules: policy.rules.map(({ countriesText, productLinesText, ...rule }) => ({ ...rule,
    countries: parseList(countriesText, true), productLines: parseList(productLinesText) })) };
}

/**
 * Who gets a new lead: rules tried in order (countries, product lines, sources, grades; an empty list matches
 * anything), each giving the lead to a person or a pool; pools share leads round robin or to the least loaded, up
 * to a cap; what no rule takes goes to the fallback. New leads follow a saved change at once.
 */
export function AssignmentRules() {
  const { api, t, session } = useServices();
  const [policy, setPolicy] = useState<EditedPolicy | null>(null);
  const [people, setPeople] = useState<Colleague[]>([]);

  async function load() {
    const [stored, colleagues] = await Promise.all([api.assignmentPolicy(), api.colleagues()]);
    setPeople(colleagues.filter(c => c.active && (c.roles.includes('sales-rep') || c.roles.includes('sales-manager'))));
    setPolicy(edited(stored ?? startingPolicy(session.user.id)));
  }
  const fields = ['rules', 'pools', 'fallback', 'fallback.value',
    ...(policy?.rules ?? []).flatMap((_, i) => ['', '.name', '.countries', '.productLines', '.sources', '.grades',
      '.target', '.target.value'].map(f => `rules[${i}]${f}`)),
    ...(policy?.pools ?? []).flatMap((p, i) => ['', '.name', '.distribution', '.cap',
      ...p.members.map((_, m) => `.members[${m}]`)].map(f => `pools[${i}]${f}`))];
  const { busy, errors, notice, run } = useAction(fields, load);
  useEffect(() => { void load().catch(() => setPolicy(edited(startingPolicy(session.user.id)))); }, []);
  if (!policy) return <p aria-busy="true">{t.t('app.loading')}</p>;

  const setRule = (i: number, patch: Partial<EditedRule>) =>
    setPolicy({ ...policy, rules: policy.rules.map((r, j) => j === i ? { ...r, ...patch } : r) });
  const setPool = (i: number, patch: Partial<SalesPoolDefinition>) =>
    setPolicy({ ...policy, pools: policy.pools.map((p, j) => j === i ? { ...p, ...patch } : p) });
  const toggle = (values: string[], value: string) =>
    values.includes(value) ? values.filter(v => v !== value) : [...values, value];
  const error = (field: string) => errors.fields[field];
  const missing = missingPools(toSend(policy));
  const labels = Object.fromEntries(fields.map(f => [f, f.replace(/^rules\[(\d+)\]/, (_, n) =>
    t.t('assignment.rule', { number: Number(n) + 1 })).replace(/^pools\[(\d+)\]/, (_, n) =>
    t.t('assignment.pool', { number: Number(n) + 1 }))]));

  function targetSelect(id: string, value: string, onChange: (v: string) => void, err?: string) {
    return (
      <select {...described(id, err)} value={value} onChange={e => onChange((e.target as HTMLSelectElement).value)}>
        <optgroup label={t.t('assignment.people')}>
          {people.map(p => <option key={p.id} value={`user:${p.id}`}>{p.name}</option>)}
        </optgroup>
        {policy!.pools.length > 0 && (
          <optgroup label={t.t('assignment.pools')}>
            {policy!.pools.map(p => <option key={p.name} value={`pool:${p.name}`}>{p.name}</option>)}
          </optgroup>)}
      </select>
    );
  }

  return (
    <PageFrame id="assignment" title={t.t('admin.assignment')} help={t.t('assignment.help')} notice={notice} errors={errors} labels={labels}>
      {missing.length > 0 && <Notice kind="warning">{t.t('assignment.missingPools', { pools: missing.join(', ') })}</Notice>}
      <form noValidate onSubmit={event => {
        event.preventDefault();
        void run(() => api.replaceAssignmentPolicy(toSend(policy)), t.t('assignment.saved'));
      }}>
        <h2>{t.t('assignment.rules')}</h2>
        {policy.rules.length === 0 && <p class="hint">{t.t('assignment.noRules')}</p>}
        {policy.rules.map((rule, i) => {
          const at = `rules[${i}]`;
          const id = (f: string) => inputId(`${at}.${f}`);
          return (
            <fieldset key={i} class={error(at) ? 'card field-error' : 'card'}>
              <legend>{t.t('assignment.rule', { number: i + 1 })}</legend>
              {error(at) && <p class="error">{error(at)}</p>}
              <Field id={id('name')} label={t.t('assignment.field.name')} error={error(`${at}.name`)}>
                <input {...described(id('name'), error(`${at}.name`))} value={rule.name}
                  onInput={e => setRule(i, { name: (e.target as HTMLInputElement).value })} />
              </Field>
              <Field id={id('countries')} label={t.t('assignment.field.countries')} error={error(`${at}.countries`)}
                hint={t.t('assignment.countriesHint')}>
                <input {...described(id('countries'), error(`${at}.countries`), t.t('assignment.countriesHint'))}
                  autocapitalize="characters" value={rule.countriesText}
                  onInput={e => setRule(i, { countriesText: (e.target as HTMLInputElement).value })} />
              </Field>
              <Field id={id('productLines')} label={t.t('assignment.field.productLines')} error={error(`${at}.productLines`)}>
                <input {...described(id('productLines'), error(`${at}.productLines`))} value={rule.productLinesText}
                  onInput={e => setRule(i, { productLinesText: (e.target as HTMLInputElement).value })} />
              </Field>
              <fieldset class="field">
                <legend>{t.t('assignment.field.sources')}</legend>
                {error(`${at}.sources`) && <p class="error">{error(`${at}.sources`)}</p>}
                <div class="choices">
                  {SOURCE_CHANNELS.map(source => (
                    <label key={source} class="choice"><input type="checkbox" checked={rule.sources.includes(source)}
                      onChange={() => setRule(i, { sources: toggle(rule.sources, source) })} /> {t.optional(`source.${source}`) ?? source}</label>))}
                </div>
              </fieldset>
              <fieldset class="field">
                <legend>{t.t('assignment.field.grades')}</legend>
                <div class="choices">
                  {GRADES.map(grade => (
                    <label key={grade} class="choice"><input type="checkbox" checked={rule.grades.includes(grade)}
                      onChange={() => setRule(i, { grades: toggle(rule.grades, grade) })} /> {t.t('assignment.grade', { grade })}</label>))}
                </div>
              </fieldset>
              <Field id={id('target')} label={t.t('assignment.field.target')}
                error={error(`${at}.target`) ?? error(`${at}.target.value`)}>
                {targetSelect(id('target'), targetValue(rule.target), v => setRule(i, { target: targetOf(v) }),
                  error(`${at}.target`) ?? error(`${at}.target.value`))}
              </Field>
              <div class="actions wrap">
                <button type="button" disabled={i === 0} aria-label={t.t('pipeline.upOf', { name: rule.name || String(i + 1) })}
                  onClick={() => { const r = [...policy.rules]; [r[i - 1], r[i]] = [r[i], r[i - 1]]; setPolicy({ ...policy, rules: r }); }}>
                  {t.t('pipeline.up')}</button>
                <button type="button" aria-label={t.t('pipeline.removeOf', { name: rule.name || String(i + 1) })}
                  onClick={() => setPolicy({ ...policy, rules: policy.rules.filter((_, j) => j !== i) })}>{t.t('pipeline.remove')}</button>
              </div>
            </fieldset>
          );
        })}
        <p><button type="button" onClick={() => setPolicy({ ...policy, rules: [...policy.rules, { name: '', countries: [],
          productLines: [], sources: [], grades: [], target: policy.fallback, countriesText: '', productLinesText: '' }] })}>
          {t.t('assignment.addRule')}</button></p>

        <h2>{t.t('assignment.pools')}</h2>
        {policy.pools.map((pool, i) => {
          const at = `pools[${i}]`;
          const id = (f: string) => inputId(`${at}.${f}`);
          const memberError = pool.members.map((_, m) => error(`${at}.members[${m}]`)).find(Boolean);
          return (
            <fieldset key={i} class={error(at) ? 'card field-error' : 'card'}>
              <legend>{t.t('assignment.pool', { number: i + 1 })}</legend>
              {error(at) && <p class="error">{error(at)}</p>}
              <Field id={id('name')} label={t.t('assignment.field.poolName')} error={error(`${at}.name`)}>
                <input {...described(id('name'), error(`${at}.name`))} value={pool.name}
                  onInput={e => setPool(i, { name: (e.target as HTMLInputElement).value })} />
              </Field>
              <fieldset class="field">
                <legend>{t.t('assignment.field.members')}</legend>
                {memberError && <p class="error">{memberError}</p>}
                {people.map(p => (
                  <label key={p.id} class="choice"><input type="checkbox" checked={pool.members.includes(p.id)}
                    onChange={() => setPool(i, { members: toggle(pool.members, p.id) })} /> {p.name}</label>))}
              </fieldset>
              <Field id={id('distribution')} label={t.t('assignment.field.distribution')} error={error(`${at}.distribution`)}>
                <select {...described(id('distribution'), error(`${at}.distribution`))} value={pool.distribution}
                  onChange={e => setPool(i, { distribution: (e.target as HTMLSelectElement).value as SalesPoolDefinition['distribution'] })}>
                  <option value="ROUND_ROBIN">{t.t('assignment.roundRobin')}</option>
                  <option value="LEAST_LOADED">{t.t('assignment.leastLoaded')}</option>
                </select>
              </Field>
              <Field id={id('cap')} label={t.t('assignment.field.cap')} error={error(`${at}.cap`)} hint={t.t('assignment.capHint')}>
                <input {...described(id('cap'), error(`${at}.cap`), t.t('assignment.capHint'))} inputMode="numeric"
                  value={pool.cap == null ? '' : String(pool.cap)}
                  onInput={e => { const v = (e.target as HTMLInputElement).value.trim(); setPool(i, { cap: v === '' ? null : Number(v) }); }} />
              </Field>
              <button type="button" aria-label={t.t('pipeline.removeOf', { name: pool.name || String(i + 1) })}
                onClick={() => setPolicy({ ...policy, pools: policy.pools.filter((_, j) => j !== i) })}>{t.t('pipeline.remove')}</button>
            </fieldset>
          );
        })}
        <p><button type="button" onClick={() => setPolicy({ ...policy, pools: [...policy.pools, { name: '', members: [],
          distribution: 'ROUND_ROBIN', cap: null }] })}>{t.t('assignment.addPool')}</button></p>

        <Field id="fallback" label={t.t('assignment.field.fallback')} error={error('fallback') ?? error('fallback.value')}
          hint={t.t('assignment.fallbackHint')}>
          {targetSelect('fallback', targetValue(policy.fallback), v => setPolicy({ ...policy, fallback: targetOf(v) }),
            error('fallback') ?? error('fallback.value'))}
        </Field>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>{t.t('assignment.save')}</button>
          <button type="button" disabled={busy} onClick={() => void load()}>{t.t('pipeline.discard')}</button>
        </div>
      </form>
    </PageFrame>
  );
}
