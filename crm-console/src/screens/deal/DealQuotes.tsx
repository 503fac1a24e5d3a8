import { useEffect, useState } from 'preact/hooks';
import { INCOTERMS, PAYMENT_TERMS, type Deal, type Product, type Quote, type SalesOrder } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';
import { useColleagues, useServices } from '../../services';
import { nameOf } from '../../ui/names';
import { described, ErrorSummary, Field, FormActions, inputId, Notice } from '../../ui/forms';
import { saveFile } from '../../ui/save-file';
import { useAction } from '../../ui/use-action';
import { OrderForm } from './DealOrders';
import { inDays } from './next-step';
import { suggestedSchedule } from './order-plan';
import { currenciesFor, latest, nextAction, quoteDraft, refusal, waitingStep, type DraftLine } from './quote-draft';

const FIELDS = ['currency', 'lines', 'lines[0].productId', 'lines[0].quantity', 'lines[0].discountPercent',
  'lines[1].quantity', 'lines[1].discountPercent', 'lines[2].quantity', 'lines[2].discountPercent',
  'terms.incoterm', 'terms.place', 'terms.paymentTerms', 'terms.validUntil', 'payments',
  ...[0, 1, 2, 3].flatMap(i => ['label', 'percent', 'due'].map(f => `payments[${i}].${f}`))];

/**
 * The deal's quotes: each with its latest version's status in words, its total, what an approval waits for and
 * why, and what comes next (submit, send); the customer's PDF of any version in English or Chinese; a new quote
 * from the catalogue; "the customer ordered" on a sent version, with its payment schedule. The service decides
 * every rule (approval, floor, validity, one order per quote) and the page says its answer.
 */
export function DealQuotes({ deal, orders, onChanged }: { deal: Deal; orders: SalesOrder[];
  onChanged: () => Promise<void> }) {
  const { api, t, session } = useServices();
  const people = useColleagues();
  const [quotes, setQuotes] = useState<Quote[] | null>(null);
  const [products, setProducts] = useState<Product[]>([]);
  const [writing, setWriting] = useState(false);
  const [ordering, setOrdering] = useState<string | null>(null);

  async function load() {
    const [q, p] = await Promise.all([api.dealQuotes(deal.id), api.products()]);
    setQuotes(q);
    setProducts(p.filter(product => product.active));
  }
  useEffect(() => { void load().catch(() => setQuotes([])); }, [deal.id]);
  // a quote sent or started shows on the deal's timeline too, so the deal page reloads with it
  const { busy, errors, notice, run, clearErrors } = useAction(FIELDS, async () => { await load(); await onChanged(); },
    t.t('quote.changedElsewhere'));

  async function download(quote: Quote, version: number, lang: string) {
    await run(async () => saveFile(await api.quoteDocument(quote, version, lang)), t.t('quote.downloaded'));
  }

  const labels: Record<string, string> = Object.fromEntries(FIELDS.map(f => [f, t.optional(`field.${f}`)
    ?? t.optional(`field.${f.replace(/\[\d+\]/, '[]')}`) ?? f]));
  const who = (id: string) => nameOf(people, id, session.user.id, t.t('lead.ownerYou'), t.t('lead.ownerNobody'));

  return (
    <section aria-labelledby="quotes-title">
      <h2 id="quotes-title">{t.t('quote.title')}</h2>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary fields={writing || ordering ? errors.fields : {}} general={errors.general}
        labels={labels} />
      {quotes === null ? <p aria-busy="true">{t.t('app.loading')}</p> : quotes.length === 0 && !writing
        ? <p class="hint">{t.t('quote.none')}</p> : (
          <ul class="cards">
            {quotes.map(quote => {
              const version = latest(quote);
              const waiting = waitingStep(version);
              const refused = refusal(version);
              const action = nextAction(quote);
              return (
                <li key={quote.id} class="card" data-testid="quote">
                  <strong>{quote.number} · {t.t('quote.version', { number: version.number })}</strong>
                  <span class="badge">{t.t(`quote.status.${version.status}` as MessageKey)}</span>
                  <span>{t.money(version.totals.net.amount, version.totals.net.currency)}
                    {version.totals.discountPercent && Number(version.totals.discountPercent) > 0
                      && ` · ${t.t('quote.discount', { percent: version.totals.discountPercent })}`}
                    {version.totals.marginPercent && ` · ${t.t('quote.margin', { percent: version.totals.marginPercent })}`}</span>
                  <span class="hint">{[version.terms.incoterm, version.terms.place].filter(Boolean).join(' ')}
                    {' · '}{t.t('quote.validUntil', { date: t.date(version.terms.validUntil) })}</span>
                  {waiting && (
                    <div class="notice notice-warning" data-testid="quote-waiting">
                      {t.t('quote.waitingFor', { step: t.optional(`approval.step.${waiting.name}`) ?? waiting.name,
                        who: waiting.approvers.map(who).join(', ') })}
                      <ul class="reasons">{waiting.reasons.map(r => (
                        <li key={r.code}>{t.locale === 'en' ? r.reason : t.optional(`approval.reason.${r.code}`) ?? r.reason}</li>))}</ul>
                    </div>
                  )}
                  {refused && version.status === 'rejected' && (
                    <p class="error">{t.t('quote.refused', { who: who(refused.decidedBy ?? ''), reason: refused.reason ?? '' })}</p>)}
                  <div class="actions wrap">
                    {action && quote.owner === session.user.id && (
                      <button type="button" class="primary" disabled={busy}
                        onClick={() => void run(() => api.quoteAction(quote, action), t.t(`quote.done.${action}` as MessageKey))}>
                        {t.t(`quote.action.${action}` as MessageKey)}</button>)}
                    {(version.status === 'sent' || version.status === 'accepted') && deal.status !== 'LOST'
                      && !orders.some(o => o.quoteId === quote.id) && ordering !== quote.id && (
                      <button type="button" class="primary" disabled={busy}
                        onClick={() => { clearErrors(); setOrdering(quote.id); }}>{t.t('order.customerOrdered')}</button>)}
                    <button type="button" disabled={busy} onClick={() => void download(quote, version.number, 'en')}>
                      {t.t('quote.pdf', { language: 'English' })}</button>
                    <button type="button" disabled={busy} lang="zh-CN" onClick={() => void download(quote, version.number, 'zh-CN')}>
                      {t.t('quote.pdf', { language: '中文' })}</button>
                  </div>
                  {ordering === quote.id && (
                    <OrderForm busy={busy} errors={errors.fields} onCancel={() => { setOrdering(null); clearErrors(); }}
                      initial={suggestedSchedule(version.terms.paymentTerms, new Date(), { deposit: t.t('order.deposit'),
                        balance: t.t('order.balance'), full: t.t('order.full') })}
                      onSave={async shares => {
                        if (await run(() => api.placeOrder(quote, version.number, shares), t.t('order.placed'))) setOrdering(null);
                      }} />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      {deal.status === 'OPEN' && (writing
        ? <QuoteForm products={products} busy={busy} errors={errors.fields}
          onCancel={() => { setWriting(false); clearErrors(); }}
          onSave={async draft => {
            if (await run(() => api.startQuote(deal.id, draft), t.t('quote.started'))) setWriting(false);
          }} />
        : products.length > 0
          ? <button type="button" onClick={() => setWriting(true)}>{t.t('quote.new')}</button>
          : quotes !== null && <p class="hint">{t.t('quote.noProducts')}</p>)}
    </section>
  );
}

function QuoteForm({ products, busy, errors, onSave, onCancel }: { products: Product[]; busy: boolean;
  errors: Record<string, string>; onSave: (draft: ReturnType<typeof quoteDraft>) => void; onCancel: () => void }) {
  const { t } = useServices();
  const [lines, setLines] = useState<DraftLine[]>([{ productId: products[0]?.id ?? '', quantity: '', discountPercent: '' }]);
  const currencies = currenciesFor(products, lines);
  const [currency, setCurrency] = useState(currencies[0] ?? '');
  const [incoterm, setIncoterm] = useState('FOB');
  const [place, setPlace] = useState('');
  const [paymentTerms, setPaymentTerms] = useState<string>('TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT');
  const [validUntil, setValidUntil] = useState(inDays(new Date(), 30));
  const change = (i: number, patch: Partial<DraftLine>) => setLines(lines.map((l, j) => j === i ? { ...l, ...patch } : l));
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const chosenCurrency = currencies.includes(currency) ? currency : currencies[0] ?? '';

  return (
    <form class="card" noValidate aria-labelledby="quote-form-title"
      onSubmit={event => { event.preventDefault();
        onSave(quoteDraft(chosenCurrency, lines, incoterm, place, paymentTerms, validUntil)); }}>
      <h3 id="quote-form-title">{t.t('quote.new')}</h3>
      {lines.map((line, i) => {
        const product = products.find(p => p.id === line.productId);
        const price = product?.prices.find(p => p.currency === chosenCurrency);
        const id = (field: string) => inputId(`lines[${i}].${field}`);
        const error = (field: string) => errors[`lines[${i}].${field}`];
        return (
          <fieldset key={i} class="line">
            <legend>{t.t('quote.line', { number: i + 1 })}</legend>
            <Field id={id('productId')} label={t.t('field.lines[].productId')} error={error('productId')}>
              <select {...described(id('productId'), error('productId'))} value={line.productId}
                onChange={e => change(i, { productId: value(e) })}>
                {products.map(p => <option key={p.id} value={p.id}>{p.sku} · {p.name}</option>)}
              </select>
            </Field>
            {price && <p class="hint">{t.t('quote.listPrice', { price: t.money(price.list, chosenCurrency),
              unit: product!.unit })}</p>}
            <Field id={id('quantity')} label={t.t('field.lines[].quantity')} error={error('quantity')}>
              <input {...described(id('quantity'), error('quantity'))} inputMode="decimal" value={line.quantity}
                onInput={e => change(i, { quantity: value(e) })} />
            </Field>
            <Field id={id('discountPercent')} label={t.t('field.lines[].discountPercent')} error={error('discountPercent')}>
              <input {...described(id('discountPercent'), error('discountPercent'))} inputMode="decimal"
                value={line.discountPercent} placeholder="0" onInput={e => change(i, { discountPercent: value(e) })} />
            </Field>
          </fieldset>
        );
      })}
      {lines.length < 3 && (
        <button type="button" onClick={() => setLines([...lines, { productId: products[0]?.id ?? '', quantity: '',
          discountPercent: '' }])}>{t.t('quote.addLine')}</button>)}
      <Field id="currency" label={t.t('field.currency')} error={errors.currency}>
        <select {...described('currency', errors.currency)} value={chosenCurrency} onChange={e => setCurrency(value(e))}>
          {currencies.map(c => <option key={c} value={c}>{c}</option>)}
        </select>
      </Field>
      <Field id="terms-incoterm" label={t.t('field.terms.incoterm')} error={errors['terms.incoterm']}>
        <select {...described('terms-incoterm', errors['terms.incoterm'])} value={incoterm} onChange={e => setIncoterm(value(e))}>
          {INCOTERMS.map(term => <option key={term} value={term}>{term}</option>)}
        </select>
      </Field>
      <Field id="terms-place" label={t.t('field.terms.place')} error={errors['terms.place']}>
        <input {...described('terms-place', errors['terms.place'])} value={place} onInput={e => setPlace(value(e))} />
      </Field>
      <Field id="terms-paymentTerms" label={t.t('field.terms.paymentTerms')} error={errors['terms.paymentTerms']}>
        <select {...described('terms-paymentTerms', errors['terms.paymentTerms'])} value={paymentTerms}
          onChange={e => setPaymentTerms(value(e))}>
          {PAYMENT_TERMS.map(term => <option key={term} value={term}>{t.t(`paymentTerms.${term}` as MessageKey)}</option>)}
        </select>
      </Field>
      <Field id="terms-validUntil" label={t.t('field.terms.validUntil')} error={errors['terms.validUntil']}>
        <input type="date" {...described('terms-validUntil', errors['terms.validUntil'])} value={validUntil}
          onInput={e => setValidUntil(value(e))} />
      </Field>
      <FormActions busy={busy} confirm={t.t('quote.save')} cancel={t.t('lead.cancel')} onCancel={onCancel} />
    </form>
  );
}
