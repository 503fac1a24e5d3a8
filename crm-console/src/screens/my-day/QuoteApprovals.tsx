import { useEffect, useState } from 'preact/hooks';
import type { Quote } from '../../api/types';
import { Link } from '../../router';
import { useColleagues, useServices } from '../../services';
import { nameOf } from '../../ui/names';
import { described, ErrorSummary, Field, Notice } from '../../ui/forms';
import { useAction } from '../../ui/use-action';
import { latest, waitingStep } from '../deal/quote-draft';

/**
 * The quotes waiting for the signed-in approver's decision, longest waiting first: why each needs approval, and
 * approve or refuse with a reason the seller sees. Shown only while something waits (managers and admins).
 */
export function QuoteApprovals() {
  const { api, t, session } = useServices();
  const people = useColleagues();
  const [queue, setQueue] = useState<Quote[]>([]);
  const [refusing, setRefusing] = useState<string | null>(null);
  const [reason, setReason] = useState('');

  async function load() { setQueue(await api.quotesAwaitingMe()); }
  useEffect(() => { void load().catch(() => setQueue([])); }, []);
  const { busy, errors, notice, run } = useAction(['reason'], load, t.t('quote.changedElsewhere'));

  if (queue.length === 0 && !notice) return null;
  const who = (id: string) => nameOf(people, id, session.user.id, t.t('lead.ownerYou'), t.t('lead.ownerNobody'));
  return (
    <section class="card" aria-labelledby="approvals-title">
      <h2 id="approvals-title">{t.t('approvals.title')}</h2>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary fields={errors.fields} general={errors.general}
        labels={{ reason: t.t('approvals.reason') }} />
      <ul class="cards">
        {queue.map(quote => {
          const version = latest(quote);
          const step = waitingStep(version);
          return (
            <li key={quote.id} class="card" data-testid="approval">
              <strong>{quote.number} · {t.t('quote.version', { number: version.number })}</strong>
              <span>{t.t('approvals.by', { owner: who(quote.owner),
                deal: t.money(version.totals.net.amount, version.totals.net.currency) })}
                {version.totals.marginPercent && ` · ${t.t('quote.margin', { percent: version.totals.marginPercent })}`}</span>
              <ul class="reasons">{(step?.reasons ?? []).map(r => (
                <li key={r.code}>{t.locale === 'en' ? r.reason : t.optional(`approval.reason.${r.code}`) ?? r.reason}</li>))}</ul>
              <Link href={`/deals/${quote.dealId}`}>{t.t('approvals.openDeal')}</Link>
              {refusing === quote.id ? (
                <form noValidate onSubmit={event => { event.preventDefault();
                  void run(() => api.decideQuote(quote, false, reason.trim()), t.t('approvals.rejected'))
                    .then(ok => { if (ok) { setRefusing(null); setReason(''); } }); }}>
                  <Field id="reason" label={t.t('approvals.reason')} error={errors.fields.reason}>
                    <input {...described('reason', errors.fields.reason)} value={reason}
                      onInput={e => setReason((e.target as HTMLInputElement).value)} />
                  </Field>
                  <div class="actions wrap">
                    <button type="submit" class="primary" disabled={busy}>{t.t('approvals.reject')}</button>
                    <button type="button" onClick={() => setRefusing(null)}>{t.t('lead.cancel')}</button>
                  </div>
                </form>
              ) : (
                <div class="actions wrap">
                  <button type="button" class="primary" disabled={busy}
                    onClick={() => void run(() => api.decideQuote(quote, true), t.t('approvals.approved'))}>
                    {t.t('approvals.approve')}<span class="visually-hidden"> {quote.number}</span></button>
                  <button type="button" disabled={busy} onClick={() => { setRefusing(quote.id); setReason(''); }}>
                    {t.t('approvals.reject')}<span class="visually-hidden"> {quote.number}</span></button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
