import { useState } from 'preact/hooks';
import { PAYMENT_METHODS, type Deal, type PaymentShare, type SalesOrder } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';
import { useServices } from '../../services';
import { described, ErrorSummary, Field, FormActions, inputId, Notice } from '../../ui/forms';
import { useAction } from '../../ui/use-action';
import { inDays } from './next-step';
import { cancellable, expectedPayment, nextStatus, percentTotal } from './order-plan';

const FIELDS = ['amount', 'amount.amount', 'receivedOn', 'method', 'reference', 'reason', 'status'];

/**
 * The deal's orders and their money: status as the goods go (confirmed, in production, shipped, delivered,
 * closed, or cancelled with a reason), each instalment with what is paid and what is late (said in words, not by
 * colour alone), the receipts, and what the seller does next: record a payment, move the order on, cancel it.
 */
export function DealOrders({ deal, orders, onChanged }: { deal: Deal; orders: SalesOrder[];
  onChanged: () => Promise<void> }) {
  const { api, t } = useServices();
  const [paying, setPaying] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const { busy, errors, notice, run, clearErrors } = useAction(FIELDS, onChanged, t.t('order.changedElsewhere'));
  if (orders.length === 0) return null;
  const money = (m: { amount: string; currency: string }) => t.money(m.amount, m.currency);
  const labels = Object.fromEntries(FIELDS.map(f => [f, t.optional(`order.field.${f}`) ?? f]));

  return (
    <section aria-labelledby="orders-title" data-deal={deal.id}>
      <h2 id="orders-title">{t.t('order.title')}</h2>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <ul class="plain orders">
        {orders.map(order => {
          const next = nextStatus(order.status);
          return (
            <li key={order.id} class="card" data-testid="order">
              <strong>{order.number}</strong>
              <span class="badge">{t.t(`order.status.${order.status}` as MessageKey)}</span>
              <span>{t.t('order.money', { amount: money(order.amount), received: money(order.received),
                outstanding: money(order.outstanding) })}</span>
              {order.cancelReason && <span class="hint">{t.t('order.cancelledWhy', { reason: order.cancelReason })}</span>}
              <ul class="plain instalments" aria-label={t.t('order.instalments', { number: order.number })}>
                {order.instalments.map(i => (
                  <li key={`${i.label}-${i.due}`} class={i.overdue ? 'overdue' : undefined}>
                    <span class="who">{i.label} · {money(i.amount)}<br />
                      <span class="hint">{t.t('order.due', { date: t.date(i.due) })}</span></span>
                    <span class="badge">{Number(i.outstanding.amount) === 0 ? t.t('order.paid')
                      : i.overdue ? t.t('order.overdue', { days: i.daysLate, outstanding: money(i.outstanding) })
                        : t.t('order.open', { outstanding: money(i.outstanding) })}</span>
                  </li>
                ))}
              </ul>
              {order.receipts.length > 0 && (
                <ul class="plain receipts" aria-label={t.t('order.receipts', { number: order.number })}>
                  {order.receipts.map((r, n) => (
                    <li key={n}><span>{t.date(r.receivedOn)} · {money(r.amount)}</span>
                      <span class="hint">{t.optional(`paymentMethod.${r.method}`) ?? r.method}
                        {r.reference ? ` · ${r.reference}` : ''}</span></li>))}
                </ul>
              )}
              {order.status !== 'cancelled' && (
                <div class="actions wrap">
                  {Number(order.outstanding.amount) > 0 && paying !== order.id && (
                    <button type="button" class="primary" disabled={busy}
                      onClick={() => { clearErrors(); setCancelling(null); setPaying(order.id); }}>{t.t('order.recordPayment')}</button>)}
                  {next && (
                    <button type="button" disabled={busy} onClick={() => void run(() => api.advanceOrder(order, next),
                      t.t('order.advanced', { number: order.number, status: t.t(`order.status.${next}` as MessageKey) }))}>
                      {t.t('order.advance', { status: t.t(`order.status.${next}` as MessageKey) })}</button>)}
                  {cancellable(order.status) && cancelling !== order.id && (
                    <button type="button" disabled={busy}
                      onClick={() => { clearErrors(); setPaying(null); setCancelling(order.id); }}>{t.t('order.cancel')}</button>)}
                </div>
              )}
              {paying === order.id && (
                <PaymentForm order={order} busy={busy} errors={errors.fields} onCancel={() => { setPaying(null); clearErrors(); }}
                  onSave={payment => void run(() => api.recordPayment(order, payment),
                    t.t('order.paymentRecorded', { amount: t.money(payment.amount, order.amount.currency) }))
                    .then(done => { if (done) setPaying(null); })} />
              )}
              {cancelling === order.id && (
                <CancelForm busy={busy} error={errors.fields.reason} onCancel={() => { setCancelling(null); clearErrors(); }}
                  onConfirm={reason => void run(() => api.cancelOrder(order, reason), t.t('order.cancelled', { number: order.number }))
                    .then(done => { if (done) setCancelling(null); })} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function PaymentForm({ order, busy, errors, onSave, onCancel }: { order: SalesOrder; busy: boolean;
  errors: Record<string, string>; onCancel: () => void;
  onSave: (payment: { amount: string; receivedOn: string; method: string; reference: string }) => void }) {
  const { t } = useServices();
  const [amount, setAmount] = useState(expectedPayment(order));
  const [receivedOn, setReceivedOn] = useState(inDays(new Date(), 0));
  const [method, setMethod] = useState<string>('BANK_TRANSFER');
  const [reference, setReference] = useState('');
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const amountError = errors.amount ?? errors['amount.amount'];
  return (
    <form class="card" noValidate aria-labelledby={`pay-${order.id}`}
      onSubmit={event => { event.preventDefault(); onSave({ amount: amount.trim(), receivedOn, method, reference: reference.trim() }); }}>
      <h3 id={`pay-${order.id}`}>{t.t('order.recordPaymentOf', { number: order.number })}</h3>
      <Field id="amount" label={t.t('order.field.amount')} error={amountError}
        hint={t.t('order.amountHint', { currency: order.amount.currency })}>
        <input {...described('amount', amountError, t.t('order.amountHint', { currency: order.amount.currency }))}
          inputMode="decimal" value={amount} onInput={e => setAmount(value(e))} />
      </Field>
      <Field id="receivedOn" label={t.t('order.field.receivedOn')} error={errors.receivedOn}>
        <input type="date" {...described('receivedOn', errors.receivedOn)} value={receivedOn}
          onInput={e => setReceivedOn(value(e))} />
      </Field>
      <Field id="method" label={t.t('order.field.method')} error={errors.method}>
        <select {...described('method', errors.method)} value={method} onChange={e => setMethod(value(e))}>
          {PAYMENT_METHODS.map(m => <option key={m} value={m}>{t.t(`paymentMethod.${m}` as MessageKey)}</option>)}
        </select>
      </Field>
      <Field id="reference" label={t.t('order.field.reference')} error={errors.reference} hint={t.t('order.referenceHint')}>
        <input {...described('reference', errors.reference, t.t('order.referenceHint'))} value={reference}
          onInput={e => setReference(value(e))} />
      </Field>
      <FormActions busy={busy} confirm={t.t('order.savePayment')} cancel={t.t('lead.cancel')} onCancel={onCancel} />
    </form>
  );
}

function CancelForm({ busy, error, onConfirm, onCancel }: { busy: boolean; error?: string;
  onConfirm: (reason: string) => void; onCancel: () => void }) {
  const { t } = useServices();
  const [reason, setReason] = useState('');
  return (
    <form class="card" noValidate onSubmit={event => { event.preventDefault(); onConfirm(reason.trim()); }}>
      <Field id="reason" label={t.t('order.field.reason')} error={error}>
        <input {...described('reason', error)} value={reason} onInput={e => setReason((e.target as HTMLInputElement).value)} />
      </Field>
      <FormActions busy={busy} confirm={t.t('order.cancelConfirm')} cancel={t.t('order.keep')} onCancel={onCancel} />
    </form>
  );
}

/**
 * The customer ordered a sent version: how it is paid, as suggested by the quote's payment terms and changed as
 * agreed; the parts' total is shown as typed, the service refuses one that is not 100.
 */
export function OrderForm({ initial, busy, errors, onSave, onCancel }: { initial: PaymentShare[]; busy: boolean;
  errors: Record<string, string>; onSave: (shares: PaymentShare[]) => void; onCancel: () => void }) {
  const { t } = useServices();
  const [shares, setShares] = useState<PaymentShare[]>(initial);
  const change = (i: number, patch: Partial<PaymentShare>) => setShares(shares.map((s, j) => j === i ? { ...s, ...patch } : s));
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const total = percentTotal(shares);
  return (
    <form class="card" noValidate aria-labelledby="order-form-title"
      onSubmit={event => { event.preventDefault(); onSave(shares.map(s => ({ ...s, label: s.label.trim(), percent: s.percent.trim() }))); }}>
      <h3 id="order-form-title">{t.t('order.new')}</h3>
      {errors.payments && <p class="error">{errors.payments}</p>}
      {shares.map((share, i) => {
        const id = (field: string) => inputId(`payments[${i}].${field}`);
        const error = (field: string) => errors[`payments[${i}].${field}`];
        return (
          <fieldset key={i} class="line">
            <legend>{t.t('order.share', { number: i + 1 })}</legend>
            <Field id={id('label')} label={t.t('order.field.label')} error={error('label')}>
              <input {...described(id('label'), error('label'))} value={share.label} onInput={e => change(i, { label: value(e) })} />
            </Field>
            <Field id={id('percent')} label={t.t('order.field.percent')} error={error('percent')}>
              <input {...described(id('percent'), error('percent'))} inputMode="decimal" value={share.percent}
                onInput={e => change(i, { percent: value(e) })} />
            </Field>
            <Field id={id('due')} label={t.t('order.field.due')} error={error('due')}>
              <input type="date" {...described(id('due'), error('due'))} value={share.due} onInput={e => change(i, { due: value(e) })} />
            </Field>
            {shares.length > 1 && <button type="button" class="link" onClick={() => setShares(shares.filter((_, j) => j !== i))}>
              {t.t('order.removeShare', { number: i + 1 })}</button>}
          </fieldset>
        );
      })}
      <p class={total === 100 ? 'hint' : 'error'} aria-live="polite">{t.t('order.total', { percent: t.number(total) })}</p>
      {shares.length < 4 && (
        <button type="button" onClick={() => setShares([...shares, { label: '', percent: String(Math.max(0, 100 - total)),
          due: inDays(new Date(), 30) }])}>{t.t('order.addShare')}</button>)}
      <FormActions busy={busy} confirm={t.t('order.place')} cancel={t.t('lead.cancel')} onCancel={onCancel} />
    </form>
  );
}
