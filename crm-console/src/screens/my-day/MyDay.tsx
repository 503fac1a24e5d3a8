import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { formErrors } from '../../api/problem';
import type { Clock, Deal, Lead, Task } from '../../api/types';
import { slug } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { useServices } from '../../services';
import { taskTitle } from '../../ui/activity-text';
import { Notice } from '../../ui/forms';
import { QuoteApprovals } from './QuoteApprovals';

interface Day {
  clocks: { lead: Lead; clock: Clock }[];
  tasks: Task[];
  slipping: Deal[];
  unassigned: Lead[];
}

const leadName = (lead: Lead) => lead.contact.personName ?? lead.contact.companyName ?? lead.contact.email ?? lead.id;

/**
 * The seller's day on one screen, most urgent first: what waits on this device, quotes waiting for the
 * approver's decision (managers, admins), replies promised to buyers, tasks due, deals whose next step slips,
 * and inquiries nobody owns yet ("take it").
 */
export function MyDay() {
  const { api, t, session, outbox, outboxVersion, flushOutbox } = useServices();
  const [day, setDay] = useState<Day | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pending = outbox.pending();

  async function load() {
    try {
      const [mine, tasks, slipping, unassigned] = await Promise.all([api.myLeads('NEW'), api.myTasks(),
        api.slippingDeals(), api.unassignedLeads()]);
      const clocks = (await Promise.all(mine.items.slice(0, 10).map(async lead =>
        (await api.leadClocks(lead.id)).filter(clock => !clock.keptAt).map(clock => ({ lead, clock })))))
        .flat().sort((a, b) => a.clock.due.localeCompare(b.clock.due));
      setDay({ clocks, tasks: tasks.items.filter(task => task.status === 'OPEN'), slipping: slipping.items,
        unassigned: unassigned.items });
      setProblem(null);
    } catch (e) {
      setProblem(e instanceof ApiError ? formErrors(e.problem, t, []).general.join(' ') : t.t('problem.unreachable'));
    }
  }
  useEffect(() => { void load(); }, [outboxVersion]);

  async function take(lead: Lead) {
    try {
      await api.takeLead(lead);
      setNotice(t.t('myDay.taken'));
      navigate(`/leads/${lead.id}`);
    } catch (e) {
      setProblem(e instanceof ApiError ? formErrors(e.problem, t, []).general.join(' ') : t.t('problem.unreachable'));
      await load();
    }
  }

  async function complete(task: Task) {
    await api.completeTask(task.id).catch(() => undefined);
    await load();
  }

  return (
    <section aria-labelledby="my-day-title">
      <h1 id="my-day-title">{t.t('myDay.greeting', { name: session.user.name })}</h1>
      {notice && <Notice>{notice}</Notice>}
      {problem && <Notice kind="warning">{problem}</Notice>}

      {pending.length > 0 && (
        <section class="card" aria-labelledby="outbox-title">
          <h2 id="outbox-title">{t.t('myDay.outbox')} ({t.number(pending.length)})</h2>
          <p class="hint">{t.t('myDay.outboxHelp')}</p>
          <ul class="plain">
            {pending.map(entry => (
              <li key={entry.key}>
                <strong>{entry.lead.contact.personName ?? entry.lead.contact.companyName ?? entry.lead.contact.email}</strong>
                {' '}· {t.dateTime(entry.savedAt)}
                {entry.problem && (
                  <span class="error"> {t.t('myDay.refused', {
                    reason: formErrors(entry.problem, t, []).general.join('; ') })}{' '}
                    <Link href={`/leads/new?fix=${encodeURIComponent(entry.key)}`}>{t.t('myDay.fix')}</Link>{' '}
                    <button type="button" class="link" onClick={() => { outbox.discard(entry.key); void flushOutbox(); }}>
                      {t.t('myDay.discard')}</button></span>
                )}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void flushOutbox()}>{t.t('myDay.sendNow')}</button>
        </section>
      )}

      {(session.has('sales-manager') || session.has('tenant-admin')) && <QuoteApprovals />}

      {!day ? (!problem && <p aria-busy="true">{t.t('app.loading')}</p>) : (
        <>
          <section class="card" aria-labelledby="clocks-title">
            <h2 id="clocks-title">{t.t('myDay.clocks')}</h2>
            {day.clocks.length === 0 ? <p>{t.t('myDay.clocksEmpty')}</p> : (
              <ul class="plain">
                {day.clocks.map(({ lead, clock }) => (
                  <li key={lead.id + clock.name} class={clock.breached ? 'breached' : ''}>
                    <Link href={`/leads/${lead.id}`}>{leadName(lead)}</Link>{' '}
                    <span class="badge">{clock.breached ? t.t('lead.clockBreached') : t.t('lead.clockRunning')}</span>{' '}
                    {t.optional(`clock.${slug(clock.name)}`) ?? clock.name}:{' '}
                    {t.t('lead.clockDue', { when: t.relative(clock.due) })}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section class="card" aria-labelledby="tasks-title">
            <h2 id="tasks-title">{t.t('myDay.tasks')}</h2>
            {day.tasks.length === 0 ? <p>{t.t('myDay.tasksEmpty')}</p> : (
              <ul class="plain">
                {day.tasks.map(task => (
                  <li key={task.id}>
                    {taskTitle(task, t)}{task.due && <> · {t.relative(task.due)}</>}{' '}
                    <button type="button" onClick={() => void complete(task)}>{t.t('myDay.done')}</button>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section class="card" aria-labelledby="slipping-title">
            <h2 id="slipping-title">{t.t('myDay.slipping')}</h2>
            {day.slipping.length === 0 ? <p>{t.t('myDay.slippingEmpty')}</p> : (
              <ul class="plain">
                {day.slipping.map(deal => (
                  <li key={deal.id}>
                    <Link href={`/deals/${deal.id}`}>{deal.title}</Link>
                    {deal.nextStep && <> · {t.t('myDay.nextStep', { action: deal.nextStep.action,
                      due: t.relative(deal.nextStep.due) })}</>}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section class="card" aria-labelledby="unassigned-title">
            <h2 id="unassigned-title">{t.t('myDay.unassigned')}</h2>
            {day.unassigned.length === 0 ? <p>{t.t('myDay.unassignedEmpty')}</p> : (
              <ul class="plain">
                {day.unassigned.map(lead => (
                  <li key={lead.id}>
                    <Link href={`/leads/${lead.id}`}>{leadName(lead)}</Link>
                    {lead.country && <> · {lead.country}</>} · {t.t('myDay.received', { when: t.relative(lead.receivedAt) })}{' '}
                    <button type="button" onClick={() => void take(lead)}>{t.t('myDay.takeIt')}</button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}
