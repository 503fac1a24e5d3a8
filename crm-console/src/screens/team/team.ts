import type { Board, BoardCard, Colleague, Forecast, ForecastLine } from '../../api/types';

export type HealthColor = 'GREEN' | 'YELLOW' | 'RED';
export const HEALTH_COLORS: HealthColor[] = ['RED', 'YELLOW', 'GREEN'];

/** How many open deals the board holds of each health colour, worst first, and their share of all. */
export function healthDistribution(board: Board): { color: HealthColor; count: number; percent: number }[] {
  const cards = board.columns.flatMap(c => c.cards);
  return HEALTH_COLORS.map(color => {
    const count = cards.filter(card => card.health.color === color).length;
    return { color, count, percent: cards.length === 0 ? 0 : Math.round(100 * count / cards.length) };
  });
}

/**
 * The deals in trouble: every red card, the one with the most red signals first, then the oldest in its stage.
 * Each keeps its signals so the page can say why.
 */
export function redList(board: Board): BoardCard[] {
  const reds = (card: BoardCard) => card.health.signals.filter(s => s.effect === 'RED').length;
  return board.columns.flatMap(c => c.cards).filter(card => card.health.color === 'RED')
    .sort((a, b) => reds(b) - reds(a)
      || (a.deal.stageEnteredAt ?? '').localeCompare(b.deal.stageEnteredAt ?? ''));
}

/** The people a team page is about: those in the caller's scope who sell (reps and managers) and can sign in. */
export function sellers(colleagues: Colleague[]): Colleague[] {
  return colleagues.filter(c => c.inMyScope && c.active
    && (c.roles.includes('sales-rep') || c.roles.includes('sales-manager')));
}

export const NO_MONTH = '(none)';

/** The forecast by month in calendar order, deals without an expected close last, each month's currencies apart. */
export function forecastMonths(forecast: Forecast): { month: string; lines: ForecastLine[] }[] {
  const months = new Map<string, ForecastLine[]>();
  for (const line of forecast.lines) {
    months.set(line.group, [...(months.get(line.group) ?? []), line]);
  }
  return [...months.entries()]
    .sort(([a], [b]) => a === NO_MONTH ? 1 : b === NO_MONTH ? -1 : a.localeCompare(b))
    .map(([month, lines]) => ({ month, lines }));
}
