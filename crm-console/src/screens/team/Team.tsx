import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { formErrors } from '../../api/problem';
import type { Board, Colleague, Forecast, OrderChain, ProcessHealth, ProcessSignal } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';
import { Link } from '../../router';
import { useServices } from '../../services';
import { nameOf } from '../../ui/names';
import { forecastMonths, healthDistribution, NO_MONTH, redList, sellers } from './team';

interface Loaded { board: Board; people: Colleague[]; forecast: Forecast; chain: OrderChain | null;
  health: { person: Colleague; index: ProcessHealth | null }[] }

/**
 * The manager's Monday: how healthy the team's open deals are, the ones in trouble and why, how well each seller
 * works the process (every signal with its value, target and points), and what should close month by month.
 * A manager sees their team and themselves, an admin everyone; the service decides who that is.
 */
export function Team() {
  const { api, t, session } = useServices();
  const [data, setData] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      try {
        const [board, people, forecast, chain] = await Promise.all([api.board(), api.colleagues('mine'),
          api.forecastByMonth(), api.orderChain().catch(() => null)]);
        // one person's index failing (a rep who left meanwhile) must not blank the page
        const health = await Promise.all(sellers(people).map(async person =>
          ({ person, index: await api.processHealth(person.id).catch(() => null) })));
        setData({ board, people, forecast, chain, health });
      } catch (e) {
        setFailure(e instanceof ApiError ? formErrors(e.problem, t, []).general.join(' ') : t.t('problem.unreachable'));
      }
    })();
  }, []);

  if (failure) return <section><h1>{t.t('team.title')}</h1><p role="alert">{failure}</p></section>;
  if (!data) return <section><h1>{t.t('team.title')}</h1><p aria-busy="true">{t.t('app.loading')}</p></section>;
  const who = (id: string) => nameOf(data.people, id, session.user.id, t.t('lead.ownerYou'), t.t('lead.ownerNobody'));
  const distribution = healthDistribution(data.board);
  const reds = redList(data.board);
  const months = forecastMonths(data.forecast);

  return (
    <section aria-labelledby="team-title" class="team">
      <h1 id="team-title">{t.t('team.title')}</h1>

      <section class="card" aria-labelledby="team-health">
        <h2 id="team-health">{t.t('team.health')}</h2>
        <div class="distribution" aria-hidden="true">
          {distribution.filter(d => d.count > 0).map(d => (
            <span key={d.color} class={`share health-bg-${d.color.toLowerCase()}`} style={{ flexGrow: d.count }} />))}
        </div>
        <ul class="plain" data-testid="health-distribution">
          {distribution.map(d => (
            <li key={d.color}><span>{t.t(`health.${d.color}` as MessageKey)}</span>
              <strong>{t.t('team.deals', { count: d.count, percent: d.percent })}</strong></li>))}
        </ul>
      </section>

      <section class="card" aria-labelledby="team-red">
        <h2 id="team-red">{t.t('team.red')}</h2>
        {reds.length === 0 ? <p class="hint">{t.t('team.noRed')}</p> : (
          <ul class="cards">
            {reds.map(card => (
              <li key={card.deal.id} class="card health-red">
                <Link href={`/deals/${card.deal.id}`}>{card.deal.title}</Link>
                <span class="hint">{who(card.deal.owner)}
                  {card.deal.amount && ` · ${t.money(card.deal.amount.amount, card.deal.amount.currency)}`}</span>
                <ul class="reasons">
                  {card.health.signals.filter(s => s.effect !== 'GREEN').map(s => (
                    <li key={s.signal}>{t.optional(`signal.${s.signal}`, { value: s.value, threshold: s.threshold })
                      ?? s.explanation}</li>))}
                </ul>
              </li>))}
          </ul>
        )}
      </section>

      <section class="card" aria-labelledby="team-process">
        <h2 id="team-process">{t.t('team.process')}</h2>
        <p class="hint">{t.t('team.processPeriod')}</p>
        {data.health.map(({ person, index }) => (
          <section key={person.id} class="seller" aria-labelledby={`seller-${person.id}`}>
            <h3 id={`seller-${person.id}`}>{who(person.id)}
              {index && index.signals.some(signal => signal.samples > 0) && (
                <span class="badge" data-testid="process-index">{t.t('team.index', { index: index.index })}</span>)}
            </h3>
            {!index ? <p class="hint">{t.t('team.noIndex')}</p> : <SellerSignals index={index} />}
          </section>
        ))}
      </section>

      {data.chain && <QuoteToCash chain={data.chain} who={who} />}

      <section class="card" aria-labelledby="team-forecast">
        <h2 id="team-forecast">{t.t('team.forecast')}</h2>
        {months.length === 0 ? <p class="hint">{t.t('team.noForecast')}</p> : (
          // may scroll sideways on a phone: focusable, so a keyboard can scroll it too
          <div class="scroll" tabIndex={0} role="group" aria-labelledby="team-forecast">
            <table class="figures">
              <thead><tr><th scope="col">{t.t('team.month')}</th><th scope="col">{t.t('team.dealCount')}</th>
                <th scope="col">{t.t('team.total')}</th><th scope="col">{t.t('team.weighted')}</th></tr></thead>
              <tbody>
                {months.flatMap(({ month, lines }) => lines.map((line, i) => (
                  <tr key={`${month}-${line.currency ?? ''}`}>
                    {i === 0 && <th scope="row" rowSpan={lines.length}>
                      {month === NO_MONTH ? t.t('team.noCloseDate') : t.month(month)}</th>}
                    <td>{t.number(line.deals)}
                      {line.dealsWithoutAmount > 0 && <span class="hint"> {t.t('team.withoutAmount', { count: line.dealsWithoutAmount })}</span>}</td>
                    <td>{line.currency ? t.money(line.total, line.currency, true) : '—'}</td>
                    <td>{line.currency ? t.money(line.weighted, line.currency, true) : '—'}</td>
                  </tr>)))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}

/**
 * Where the money goes between quote and cash: how many quotes became orders, the discount and margin each seller
 * gives, how long orders take to be paid in full, and the money late by age, per currency.
 */
function QuoteToCash({ chain, who }: { chain: OrderChain; who: (id: string) => string }) {
  const { t } = useServices();
  const percent = (value?: string | number | null) => value == null ? '—' : `${t.number(Number(value))} %`;
  return (
    <section class="card" aria-labelledby="team-chain">
      <h2 id="team-chain">{t.t('team.chain')}</h2>
      <p class="hint">{t.t('team.chainPeriod')}</p>
      <p data-testid="conversion">{chain.conversion.quotesSent === 0 ? t.t('team.noQuotesSent')
        : t.t('team.conversion', { ordered: chain.conversion.ordered, sent: chain.conversion.quotesSent,
          percent: t.number(Math.round(chain.conversion.rate * 100)) })}</p>
      {chain.paymentCycle.paidInFull > 0 && <p>{t.t('team.paymentCycle', { count: chain.paymentCycle.paidInFull,
        days: t.number(Math.round(chain.paymentCycle.medianDays)) })}</p>}
      {chain.terms.length > 0 && (
        <div class="scroll" tabIndex={0} role="group" aria-label={t.t('team.termsBySeller')}>
          <table class="figures">
            <thead><tr><th scope="col">{t.t('team.seller')}</th><th scope="col">{t.t('team.versionsSent')}</th>
              <th scope="col">{t.t('team.averageDiscount')}</th><th scope="col">{t.t('team.averageMargin')}</th></tr></thead>
            <tbody>{chain.terms.map(line => (
              <tr key={line.rep}><th scope="row">{who(line.rep)}</th><td>{t.number(line.versionsSent)}</td>
                <td>{percent(line.averageDiscountPercent)}</td><td>{percent(line.averageMarginPercent)}</td></tr>))}
            </tbody>
          </table>
        </div>)}
      <h3>{t.t('team.overdue')}</h3>
      {chain.overdue.length === 0 ? <p class="hint">{t.t('team.noOverdue')}</p> : (
        <div class="scroll" tabIndex={0} role="group" aria-label={t.t('team.overdue')}>
          <table class="figures" data-testid="overdue">
            <thead><tr><th scope="col">{t.t('field.currency')}</th><th scope="col">{t.t('team.days0to7')}</th>
              <th scope="col">{t.t('team.days8to30')}</th><th scope="col">{t.t('team.days31to60')}</th>
              <th scope="col">{t.t('team.daysOver60')}</th><th scope="col">{t.t('team.total')}</th></tr></thead>
            <tbody>{chain.overdue.map(row => (
              <tr key={row.currency}><th scope="row">{row.currency}</th>
                {[row.upTo7Days, row.from8To30Days, row.from31To60Days, row.over60Days, row.total].map((amount, i) => (
                  <td key={i}>{t.money(amount, row.currency, true)}</td>))}</tr>))}
            </tbody>
          </table>
        </div>)}
    </section>
  );
}

/**
 * A seller's signals: those measured in the period with their value, target and points; the others named in one
 * line (their weight goes to the measured ones), so a new seller's page is not a wall of "no data".
 */
function SellerSignals({ index }: { index: ProcessHealth }) {
  const { t } = useServices();
  const measured = index.signals.filter(signal => signal.samples > 0);
  const unmeasured = index.signals.filter(signal => signal.samples === 0);
  return (
    <>
      {measured.length > 0 && (
        <ul class="rules">{measured.map(signal => <SignalLine key={signal.name} signal={signal} />)}</ul>)}
      {unmeasured.length > 0 && (
        <p class="hint">{t.t(measured.length > 0 ? 'team.notMeasured' : 'team.nothingMeasured', {
          signals: unmeasured.map(signal => t.t(`process.${signal.name}` as MessageKey)).join(t.t('team.listSeparator')) })}</p>)}
    </>
  );
}

/** One signal of a seller's index: its name, the value against the target, the points it adds to the index. */
function SignalLine({ signal }: { signal: ProcessSignal }) {
  const { t } = useServices();
  const unit = t.t(`process.unit.${signal.name}` as MessageKey);
  const fmt = (v: number) => `${t.number(Math.round(v * 10) / 10)}${unit}`;
  return (
    <li>
      <span class="rule">{t.t(`process.${signal.name}` as MessageKey)}</span>
      <span class="points">{t.t('team.points', { points: t.number(Math.round(signal.contribution * 10) / 10) })}</span>
      <span class="input">{t.t(signal.higherIsBetter ? 'team.atLeast' : 'team.atMost', { value: fmt(signal.value),
        target: fmt(signal.target), samples: signal.samples })}</span>
    </li>
  );
}
