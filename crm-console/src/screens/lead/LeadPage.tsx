import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { formErrors } from '../../api/problem';
import type { Clock, Lead, Ownership, Score } from '../../api/types';
import { slug, type MessageKey } from '../../i18n/i18n';
import { useColleagues, useServices } from '../../services';
import { ownershipReason, scoreInput } from '../../ui/activity-text';
import { nameOf } from '../../ui/names';
import { described, ErrorSummary, Field, FormActions, inputId, Notice } from '../../ui/forms';
import { useAction } from '../../ui/use-action';
import { dueInstant, inDays } from '../deal/next-step';
import { NextStepFields } from '../deal/NextStepFields';

type Step = 'nurture' | 'disqualify' | 'convert' | null;
const FIELDS = ['reason', 'dealTitle', 'nextStep.action', 'nextStep.due'];

/**
 * One lead: who it is, whose it is, the promises running on it (SLA clocks) and its score with every rule, and
 * what the seller does next. A reason is asked where the service requires one; conversion asks for the deal's
 * next step, since an open deal never goes without one.
 */
export function LeadPage({ id }: { id: string }) {
  const { api, t, session } = useServices();
  const [lead, setLead] = useState<Lead | null>(null);
  const [clocks, setClocks] = useState<Clock[]>([]);
  const [score, setScore] = useState<Score | null>(null);
  const [owners, setOwners] = useState<Ownership[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [step, setStep] = useState<Step>(null);
  const people = useColleagues();

  async function load() {
    try {
      const [l, c, s, o] = await Promise.all([api.lead(id), api.leadClocks(id), api.leadScore(id),
        api.leadOwnership(id)]);
      setLead(l); setClocks(c); setScore(s); setOwners(o); setFailure(null);
    } catch (e) {
      setFailure(e instanceof ApiError ? formErrors(e.problem, t, []).general.join(' ')
        : t.t('problem.unreachable'));
    }
  }
  useEffect(() => { void load(); }, [id]);

  const { busy, errors, notice, run, clearErrors } = useAction(FIELDS, load, t.t('lead.changedElsewhere'));
  async function act(action: (current: Lead) => Promise<unknown>, done?: string) {
    if (lead && await run(() => action(lead), done)) setStep(null);
  }

  if (failure) return <section><h1>{t.t('lead.title')}</h1><Notice kind="warning">{failure}</Notice></section>;
  if (!lead) return <p aria-busy="true">{t.t('app.loading')}</p>;

  const me = session.user.id;
  const name = lead.contact.personName ?? lead.contact.companyName ?? lead.contact.email ?? lead.id;
  const open = lead.status !== 'CONVERTED' && lead.status !== 'DISQUALIFIED';
  const labels: Record<string, string> = {
    reason: t.t('field.reason'), dealTitle: t.t('field.dealTitle'),
    'nextStep.action': t.t('field.nextStep.action'), 'nextStep.due': t.t('field.nextStep.due'),
  };

  return (
    <article aria-labelledby="lead-title" class="record">
      <h1 id="lead-title">{name}</h1>
      {lead.contact.personName && lead.contact.companyName && <p class="subtitle">{lead.contact.companyName}</p>}
      {notice && <Notice>{notice}</Notice>}
      <dl class="facts">
        <dt>{t.t('lead.status')}</dt>
        <dd><span class={`badge status-${lead.status.toLowerCase()}`}>{t.t(`status.${lead.status}` as MessageKey)}</span></dd>
        <dt>{t.t('lead.owner')}</dt>
        <dd data-testid="lead-owner">{!lead.owner ? t.t('lead.ownerNobody')
          : nameOf(people, lead.owner, me, t.t('lead.ownerYou'), t.t('lead.ownerNobody'))}</dd>
        <dt>{t.t('lead.contact')}</dt>
        <dd>
          {lead.contact.phone && <a href={`tel:${lead.contact.phone}`}>{lead.contact.phone}</a>}
          {lead.contact.phone && lead.contact.email && ' · '}
          {lead.contact.email && <a href={`mailto:${lead.contact.email}`}>{lead.contact.email}</a>}
        </dd>
        <dt>{t.t('lead.receivedAt')}</dt>
        <dd>{t.dateTime(lead.receivedAt)} · {t.t(`source.${lead.source}` as MessageKey)}</dd>
      </dl>

      <section aria-labelledby="clocks-title">
        <h2 id="clocks-title">{t.t('lead.clocks')}</h2>
        {clocks.length === 0 ? <p>{t.t('lead.clocksEmpty')}</p> : (
          <ul class="clocks">
            {clocks.map(clock => (
              <li key={clock.name} class={clock.breached ? 'clock breached' : clock.keptAt ? 'clock kept' : 'clock'}>
                <strong>{t.optional(`clock.${slug(clock.name)}`) ?? clock.name}</strong>{' '}
                <span class="badge">{clock.breached ? t.t('lead.clockBreached')
                  : clock.keptAt ? t.t('lead.clockKept', { when: t.relative(clock.keptAt) })
                    : t.t('lead.clockRunning')}</span>{' '}
                {!clock.keptAt && <span>{t.t('lead.clockDue', { when: t.relative(clock.due) })}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {score && (
        <section aria-labelledby="score-title">
          <h2 id="score-title">{t.t('lead.score')}: {t.t('lead.scoreOf', { score: score.score, grade: score.grade })}
            {' '}· {t.optional(`recommendation.${score.recommendation}`) ?? score.recommendation}</h2>
          <ul class="rules">
            {score.rules.map(rule => (
              <li key={rule.rule}>
                <span class="rule">{t.optional(`rule.${slug(rule.rule)}`) ?? rule.rule}</span>
                <span class="points">{t.t('lead.rulePoints', { points: rule.points, max: rule.maxPoints })}</span>
                <span class="input">{scoreInput(rule, t)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {open && (
        <section aria-labelledby="actions-title">
          <h2 id="actions-title">{t.t('lead.actions')}</h2>
          <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
          {step === null && (
            <div class="actions wrap">
              {lead.status === 'NEW' && <button disabled={busy} onClick={() => act(l => api.leadAction(l, 'work'))}>{t.t('lead.work')}</button>}
              {(lead.status === 'NEW' || lead.status === 'WORKING') &&
                <button disabled={busy} onClick={() => act(l => api.leadAction(l, 'qualify'))}>{t.t('lead.qualify')}</button>}
              <button class="primary" disabled={busy} onClick={() => setStep('convert')}>{t.t('lead.convert')}</button>
              {lead.status !== 'NURTURING' && <button disabled={busy} onClick={() => setStep('nurture')}>{t.t('lead.nurture')}</button>}
              <button disabled={busy} onClick={() => setStep('disqualify')}>{t.t('lead.disqualify')}</button>
            </div>
          )}
          {(step === 'nurture' || step === 'disqualify') && (
            <ReasonForm busy={busy} error={errors.fields.reason}
              label={t.t(step === 'nurture' ? 'lead.nurture' : 'lead.disqualify')}
              onCancel={() => { setStep(null); clearErrors(); }}
              onConfirm={reason => act(l => api.leadAction(l, step, reason))} />
          )}
          {step === 'convert' && (
            <ConvertForm busy={busy} errors={errors.fields} defaultTitle={lead.contact.companyName ?? name}
              onCancel={() => { setStep(null); clearErrors(); }}
              onConfirm={(title, action, due) => act(async l => {
                const converted = await api.convertLead(l, title, { action, due }, crypto.randomUUID());
                return `/deals/${converted.deal.id}`;
              })} />
          )}
        </section>
      )}

      {owners.length > 0 && (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t.t('lead.history')}</h2>
          <ul class="plain">
            {owners.map(o => <li key={o.at}>{t.t('lead.historyEntry', {
              to: o.to ? nameOf(people, o.to, me, t.t('lead.ownerYou'), '—') : '—', when: t.dateTime(o.at),
              reason: ownershipReason(o, t, id => nameOf(people, id, me, t.t('assign.you'), '—')) })}</li>)}
          </ul>
        </section>
      )}
    </article>
  );
}

function ReasonForm({ label, busy, error, onConfirm, onCancel }: { label: string; busy: boolean; error?: string;
  onConfirm: (reason: string) => void; onCancel: () => void }) {
  const { t } = useServices();
  const [reason, setReason] = useState('');
  return (
    <form noValidate onSubmit={event => { event.preventDefault(); onConfirm(reason); }}>
      <Field id="reason" label={`${label}: ${t.t('field.reason')}`} error={error}>
        <input {...described('reason', error)} value={reason} onInput={e => setReason((e.target as HTMLInputElement).value)} />
      </Field>
      <FormActions busy={busy} confirm={t.t('lead.confirm')} cancel={t.t('lead.cancel')} onCancel={onCancel} />
    </form>
  );
}

function ConvertForm({ defaultTitle, busy, errors, onConfirm, onCancel }: { defaultTitle: string; busy: boolean;
  errors: Record<string, string>; onConfirm: (title: string, action: string, due: string) => void; onCancel: () => void }) {
  const { t } = useServices();
  const [title, setTitle] = useState(defaultTitle);
  const [action, setAction] = useState('');
  const [due, setDue] = useState(() => inDays(new Date(), 2));
  return (
    <form noValidate onSubmit={event => {
      event.preventDefault();
      onConfirm(title, action, dueInstant(due));
    }}>
      <Field id={inputId('dealTitle')} label={t.t('field.dealTitle')} error={errors.dealTitle}>
        <input {...described(inputId('dealTitle'), errors.dealTitle)} value={title}
          onInput={e => setTitle((e.target as HTMLInputElement).value)} />
      </Field>
      <NextStepFields action={action} due={due} onAction={setAction} onDue={setDue} errors={errors} />
      <FormActions busy={busy} confirm={t.t('lead.confirm')} cancel={t.t('lead.cancel')} onCancel={onCancel} />
    </form>
  );
}
