import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { formErrors } from '../../api/problem';
import { INCOTERMS, LOSS_REASONS, PAYMENT_TERMS, type Activity, type ActivityType, type Deal, type Health, type Pipeline, type SalesOrder } from '../../api/types';
import { slug, type MessageKey } from '../../i18n/i18n';
import { Link } from '../../router';
import { useColleagues, useServices } from '../../services';
import { nameOf } from '../../ui/names';
import { described, ErrorSummary, Field, FormActions, Notice } from '../../ui/forms';
import { useAction } from '../../ui/use-action';
import { Timeline } from '../../ui/timeline';
import { changedFields, detailsOf, missingDetails, type DetailsForm } from './deal-edit';
import { dueInstant, inDays } from './next-step';
import { DealOrders } from './DealOrders';
import { DealQuotes } from './DealQuotes';
import { NextStepFields } from './NextStepFields';

type Step = 'next-step' | 'move' | 'lose' | 'details' | null;
const QUICK_LOGS: ActivityType[] = ['CALL', 'MEETING', 'EMAIL', 'NOTE'];
const FIELDS = ['stage', 'nextStep.action', 'nextStep.due', 'lossReason.category', 'subReason', 'summary', 'title',
  'amount', 'amount.amount', 'amount.currency', 'expectedClose', 'productInterest', 'tradeTerms', 'paymentTerms', 'reason'];
const CURRENCIES = ['USD', 'EUR', 'CNY', 'GBP', 'JPY', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'AED'];

/**
 * One deal: stage, amount, the next step it never goes without, its health with every signal's reason, the
 * timeline, and what the seller does: log a call, meeting, message or note in two taps, set the next step, move
 * it to another stage (with the next step), or close it as lost with a structured reason.
 */
export function DealPage({ id }: { id: string }) {
  const { api, t, session } = useServices();
  const [deal, setDeal] = useState<Deal | null>(null);
  const [health, setHealth] = useState<Health | null>(null);
  const [pipeline, setPipeline] = useState<Pipeline | null>(null);
  const [activities, setActivities] = useState<Activity[]>([]);
  const [orders, setOrders] = useState<SalesOrder[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [step, setStep] = useState<Step>(null);
  const [logging, setLogging] = useState<ActivityType | null>(null);
  const people = useColleagues();

  async function load() {
    try {
      // only open deals are rated: a won or lost one answers 422 and shows no health
      const unrated = (e: unknown) => e instanceof ApiError && e.problem.status === 422 ? null : Promise.reject(e);
      const [d, h, p, timeline, o] = await Promise.all([api.deal(id), api.dealHealth(id).catch(unrated),
        api.pipeline(), api.timeline('deal', id), api.dealOrders(id)]);
      setDeal(d); setHealth(h); setPipeline(p); setActivities(timeline.items); setOrders(o); setFailure(null);
    } catch (e) {
      setFailure(e instanceof ApiError ? formErrors(e.problem, t, []).general.join(' ') : t.t('problem.unreachable'));
    }
  }
  useEffect(() => { void load(); }, [id]);

  const { busy, errors, notice, run, clearErrors } = useAction(FIELDS, load, t.t('deal.changedElsewhere'));
  async function act(action: (current: Deal) => Promise<unknown>, done: string) {
    if (deal && await run(() => action(deal), done)) {
      setStep(null);
      setLogging(null);
    }
  }

  if (failure) return <section><h1>{t.t('deal.title')}</h1><Notice kind="warning">{failure}</Notice></section>;
  if (!deal || !pipeline) return <p aria-busy="true">{t.t('app.loading')}</p>;

  const stageName = (stageId: string) => t.named(`stage.${stageId}`,
    pipeline.stages.find(s => s.id === stageId)?.name ?? stageId);
  const open = deal.status === 'OPEN';
  const labels: Record<string, string> = Object.fromEntries(FIELDS.map(f => [f, t.optional(`field.${f}`) ?? f]));

  return (
    <article aria-labelledby="deal-title" class="record">
      <h1 id="deal-title">{deal.title}</h1>
      {notice && <Notice>{notice}</Notice>}
      <dl class="facts">
        <dt>{t.t('deal.stage')}</dt><dd><span class="badge">{stageName(deal.stage)}</span>
          {deal.status !== 'OPEN' && <> <span class="badge" data-testid="deal-status">
            {t.optional(`deal.status.${deal.status}`) ?? deal.status}</span></>}</dd>
        {deal.amount && <><dt>{t.t('deal.amount')}</dt><dd>{t.money(deal.amount.amount, deal.amount.currency)}</dd></>}
        <dt>{t.t('account.title')}</dt><dd><Link href={`/accounts/${deal.accountId}`}>{t.t('deal.openAccount')}</Link></dd>
        <dt>{t.t('lead.owner')}</dt><dd>{nameOf(people, deal.owner, session.user.id, t.t('lead.ownerYou'), t.t('lead.ownerNobody'))}</dd>
        {deal.expectedClose && <><dt>{t.t('deal.expectedClose')}</dt><dd>{t.date(deal.expectedClose)}</dd></>}
        {deal.productInterest && <><dt>{t.t('field.productInterest')}</dt><dd>{deal.productInterest}</dd></>}
        {(deal.tradeTerms || deal.paymentTerms) && <><dt>{t.t('deal.terms')}</dt><dd>{[deal.tradeTerms,
          deal.paymentTerms && t.t(`paymentTerms.${deal.paymentTerms}` as MessageKey)].filter(Boolean).join(' · ')}</dd></>}
        {open && <><dt>{t.t('field.nextStep.action')}</dt>
          <dd data-testid="next-step">{deal.nextStep
            ? t.t('deal.nextStepValue', { action: deal.nextStep.action, due: t.relative(deal.nextStep.due) })
            : t.t('deal.noNextStep')}</dd></>}
        {deal.lossReason && <><dt>{t.t('deal.lostBecause')}</dt><dd>{t.optional(`loss.${deal.lossReason.category}`)
          ?? deal.lossReason.category}: {t.optional(`lossReason.${slug(deal.lossReason.subReason ?? '')}`)
          ?? deal.lossReason.subReason}</dd></>}
      </dl>

      {health && (
        <section aria-labelledby="health-title" class={`health health-${health.color.toLowerCase()}`}>
          <h2 id="health-title">{t.t('deal.health')}: <span class="badge" data-testid="health">
            {t.t(`health.${health.color}` as MessageKey)}</span></h2>
          <ul class="plain">
            {health.signals.map(signal => (
              <li key={signal.signal}><span class={`effect effect-${signal.effect.toLowerCase()}`}>
                {t.optional(`effect.${signal.effect}`) ?? signal.effect}</span>{' '}
                {t.optional(`signal.${signal.signal}`, { value: signal.value, threshold: signal.threshold })
                  ?? signal.explanation}</li>
            ))}
          </ul>
        </section>
      )}

      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />

      {open && (
        <section aria-labelledby="log-title">
          <h2 id="log-title">{t.t('deal.log')}</h2>
          <div class="actions wrap" role="group" aria-label={t.t('deal.log')}>
            {QUICK_LOGS.map(type => (
              <button key={type} type="button" aria-pressed={logging === type}
                onClick={() => setLogging(logging === type ? null : type)}>{t.t(`activity.${type}` as MessageKey)}</button>
            ))}
          </div>
          {logging && <LogForm busy={busy} type={logging} error={errors.fields.summary}
            onLog={summary => act(() => api.logActivity(logging, { type: 'deal', id: deal.id }, summary,
              crypto.randomUUID()), t.t('deal.logged', { type: t.t(`activity.${logging}` as MessageKey) }))} />}
        </section>
      )}

      {open && (
        <section aria-labelledby="deal-actions-title">
          <h2 id="deal-actions-title">{t.t('lead.actions')}</h2>
          {step === null && (
            <div class="actions wrap">
              <button class="primary" disabled={busy} onClick={() => setStep('next-step')}>{t.t('deal.setNextStep')}</button>
              <button disabled={busy} onClick={() => setStep('move')}>{t.t('deal.move')}</button>
              <button disabled={busy} onClick={() => setStep('details')}>{t.t('deal.editDetails')}</button>
              <button disabled={busy} onClick={() => setStep('lose')}>{t.t('deal.lose')}</button>
            </div>
          )}
          {step === 'move' && missingDetails(errors.fields).length > 0 && (
            <Notice kind="warning">{t.t('deal.needsDetails', { fields: missingDetails(errors.fields)
              .map(f => t.optional(`field.${f}`) ?? f).join(', ') })}{' '}
              <button type="button" class="link" onClick={() => setStep('details')}>{t.t('deal.fillIn')}</button></Notice>
          )}
          {step === 'details' && (
            <DetailsFormView deal={deal} busy={busy} errors={errors.fields} onCancel={() => { setStep(null); clearErrors(); }}
              onConfirm={form => act(d => api.editDeal(d, changedFields(d, form)), t.t('deal.detailsSaved'))} />
          )}
          {(step === 'next-step' || step === 'move') && (
            <NextStepForm busy={busy} errors={errors.fields} stages={step === 'move'
              ? pipeline.stages.filter(s => s.kind === 'OPEN' && s.id !== deal.stage).map(s => ({ id: s.id, name: stageName(s.id) }))
              : null}
              onCancel={() => { setStep(null); clearErrors(); }}
              onConfirm={(stage, action, due) => act(d => stage
                ? api.moveDeal(d, stage, { action, due }) : api.scheduleNextStep(d, { action, due }),
                stage ? t.t('deal.moved', { stage: stageName(stage) }) : t.t('deal.nextStepSet'))} />
          )}
          {step === 'lose' && (
            <LoseForm busy={busy} errors={errors.fields} onCancel={() => { setStep(null); clearErrors(); }}
              onConfirm={(category, subReason, note) => act(d => api.loseDeal(d, category, subReason, note),
                t.t('deal.lost'))} />
          )}
        </section>
      )}

      <DealQuotes deal={deal} orders={orders} onChanged={load} />
      <DealOrders deal={deal} orders={orders} onChanged={load} />

      <Timeline activities={activities} />
    </article>
  );
}

function LogForm({ type, busy, error, onLog }: { type: ActivityType; busy: boolean; error?: string;
  onLog: (summary: string | undefined) => void }) {
  const { t } = useServices();
  const [summary, setSummary] = useState('');
  return (
    <form noValidate onSubmit={event => { event.preventDefault(); onLog(summary.trim() || undefined); }}>
      <Field id="summary" label={t.t('deal.summary')} error={error}>
        <input {...described('summary', error)} value={summary} onInput={e => setSummary((e.target as HTMLInputElement).value)} />
      </Field>
      <button type="submit" class="primary" disabled={busy}>
        {t.t('deal.logIt', { type: t.t(`activity.${type}` as MessageKey) })}</button>
    </form>
  );
}

function NextStepForm({ stages, busy, errors, onConfirm, onCancel }: {
  stages: { id: string; name: string }[] | null; busy: boolean; errors: Record<string, string>;
  onConfirm: (stage: string | null, action: string, due: string) => void; onCancel: () => void }) {
  const { t } = useServices();
  const [stage, setStage] = useState(stages?.[0]?.id ?? '');
  const [action, setAction] = useState('');
  const [due, setDue] = useState(inDays(new Date(), 2));
  return (
    <form noValidate onSubmit={event => { event.preventDefault(); onConfirm(stages ? stage : null, action, dueInstant(due)); }}>
      {stages && (
        <Field id="stage" label={t.t('deal.stage')} error={errors.stage}>
          <select {...described('stage', errors.stage)} value={stage} onChange={e => setStage((e.target as HTMLSelectElement).value)}>
            {stages.map(s => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </Field>
      )}
      <NextStepFields action={action} due={due} onAction={setAction} onDue={setDue} errors={errors}
        hint={t.t('deal.nextStepHint')} />
      <FormActions busy={busy} confirm={t.t('lead.confirm')} cancel={t.t('lead.cancel')} onCancel={onCancel} />
    </form>
  );
}

/** The deal's own fields, the ones a stage may require: amount, expected close, product, trade and payment terms. */
function DetailsFormView({ deal, busy, errors, onConfirm, onCancel }: { deal: Deal; busy: boolean;
  errors: Record<string, string>; onConfirm: (form: DetailsForm) => void; onCancel: () => void }) {
  const { t } = useServices();
  const [form, setForm] = useState<DetailsForm>(() => detailsOf(deal, 'USD'));
  const set = (field: keyof DetailsForm) => (e: Event) =>
    setForm(current => ({ ...current, [field]: (e.target as HTMLInputElement).value }));
  const amountError = errors.amount ?? errors['amount.amount'];
  return (
    <form class="card" noValidate aria-labelledby="details-title" onSubmit={e => { e.preventDefault(); onConfirm(form); }}>
      <h3 id="details-title">{t.t('deal.editDetails')}</h3>
      <Field id="title" label={t.t('field.dealTitle')} error={errors.title}>
        <input {...described('title', errors.title)} value={form.title} onInput={set('title')} />
      </Field>
      <div class="row money">
        <Field id="amount" label={t.t('deal.amount')} error={amountError}>
          <input {...described('amount', amountError)} inputMode="decimal" value={form.amount} onInput={set('amount')} />
        </Field>
        <Field id="amount-currency" label={t.t('field.currency')} error={errors['amount.currency']}>
          <select {...described('amount-currency', errors['amount.currency'])} value={form.currency} onChange={set('currency')}>
            {[...new Set([form.currency, ...CURRENCIES])].map(c => <option key={c} value={c}>{c}</option>)}
          </select>
        </Field>
      </div>
      <Field id="expectedClose" label={t.t('deal.expectedClose')} error={errors.expectedClose}>
        <input type="date" {...described('expectedClose', errors.expectedClose)} value={form.expectedClose}
          onInput={set('expectedClose')} />
      </Field>
      <Field id="productInterest" label={t.t('field.productInterest')} error={errors.productInterest}>
        <input {...described('productInterest', errors.productInterest)} value={form.productInterest}
          onInput={set('productInterest')} />
      </Field>
      <Field id="tradeTerms" label={t.t('field.tradeTerms')} error={errors.tradeTerms}>
        <select {...described('tradeTerms', errors.tradeTerms)} value={form.tradeTerms} onChange={set('tradeTerms')}>
          <option value="">—</option>
          {INCOTERMS.map(term => <option key={term} value={term}>{term}</option>)}
        </select>
      </Field>
      <Field id="paymentTerms" label={t.t('field.terms.paymentTerms')} error={errors.paymentTerms}>
        <select {...described('paymentTerms', errors.paymentTerms)} value={form.paymentTerms} onChange={set('paymentTerms')}>
          <option value="">—</option>
          {PAYMENT_TERMS.map(term => <option key={term} value={term}>{t.t(`paymentTerms.${term}` as MessageKey)}</option>)}
        </select>
      </Field>
      {deal.status !== 'OPEN' && (
        <Field id="reason" label={t.t('deal.editReason')} error={errors.reason}>
          <input {...described('reason', errors.reason)} value={form.reason} onInput={set('reason')} />
        </Field>
      )}
      <FormActions busy={busy} confirm={t.t('deal.saveDetails')} cancel={t.t('lead.cancel')} onCancel={onCancel} />
    </form>
  );
}

function LoseForm({ busy, errors, onConfirm, onCancel }: { busy: boolean; errors: Record<string, string>;
  onConfirm: (category: string, subReason: string, note?: string) => void; onCancel: () => void }) {
  const { t } = useServices();
  const categories = Object.keys(LOSS_REASONS);
  const [category, setCategory] = useState(categories[0]);
  const [subReason, setSubReason] = useState(LOSS_REASONS[categories[0]][0]);
  const [note, setNote] = useState('');
  const error = errors['lossReason.category'] ?? errors.subReason;
  return (
    <form noValidate onSubmit={event => { event.preventDefault(); onConfirm(category, subReason, note.trim() || undefined); }}>
      <Field id="loss-category" label={t.t('deal.lossCategory')} error={error}>
        <select {...described('loss-category', error)} value={category} onChange={e => {
          const next = (e.target as HTMLSelectElement).value;
          setCategory(next);
          setSubReason(LOSS_REASONS[next][0]);
        }}>
          {categories.map(c => <option key={c} value={c}>{t.optional(`loss.${c}`) ?? c}</option>)}
        </select>
      </Field>
      <Field id="loss-reason" label={t.t('deal.lossReason')}>
        <select id="loss-reason" value={subReason} onChange={e => setSubReason((e.target as HTMLSelectElement).value)}>
          {LOSS_REASONS[category].map(r => <option key={r} value={r}>{t.optional(`lossReason.${slug(r)}`) ?? r}</option>)}
        </select>
      </Field>
      <Field id="loss-note" label={t.t('deal.lossNote')}>
        <input id="loss-note" value={note} onInput={e => setNote((e.target as HTMLInputElement).value)} />
      </Field>
      <FormActions busy={busy} confirm={t.t('deal.lose')} cancel={t.t('lead.cancel')} onCancel={onCancel} />
    </form>
  );
}
