import { describe, expect, it } from 'vitest';
import type { Board, BoardCard, Colleague, HealthSignal } from '../src/api/types';
import { forecastMonths, healthDistribution, redList, sellers } from '../src/screens/team/team';
import { nameOf } from '../src/ui/names';

function card(id: string, color: 'GREEN' | 'YELLOW' | 'RED', redSignals = 0, enteredAt = '2026-12-01T00:00:00Z'): BoardCard {
  const signals: HealthSignal[] = Array.from({ length: redSignals }, (_, i) => ({
    signal: `S${i}`, value: 10, threshold: 5, effect: 'RED', explanation: `signal ${i}` }));
  return { deal: { id, version: 1, title: id, accountId: 'a', stage: 'inquiry', owner: 'u1', status: 'OPEN',
    stageEnteredAt: enteredAt }, health: { color, signals } };
}

const board: Board = { columns: [
  { stage: 'inquiry', name: 'Inquiry', probabilityPercent: 10, count: 3, value: [],
    cards: [card('a', 'RED', 1, '2026-11-01T00:00:00Z'), card('b', 'GREEN'), card('c', 'YELLOW')] },
  { stage: 'quote', name: 'Quote', probabilityPercent: 50, count: 2, value: [],
    cards: [card('d', 'RED', 2), card('e', 'RED', 1, '2026-10-01T00:00:00Z')] },
] };

describe('the team page', () => {
  it('counts the open deals by health, worst first, with their share', () => {
    expect(healthDistribution(board)).toEqual([
      { color: 'RED', count: 3, percent: 60 }, { color: 'YELLOW', count: 1, percent: 20 },
      { color: 'GREEN', count: 1, percent: 20 }]);
    expect(healthDistribution({ columns: [] }).map(h => h.percent)).toEqual([0, 0, 0]);
  });

  it('lists the red deals, most red signals first, then the longest in their stage', () => {
    expect(redList(board).map(c => c.deal.id)).toEqual(['d', 'e', 'a']);
  });

  it('is about the active sellers in the caller\'s scope', () => {
    const people: Colleague[] = [
      { id: 'm', name: 'Mia', email: 'm@x', roles: ['sales-manager'], active: true, inMyScope: true },
      { id: 'r', name: 'Rui', email: 'r@x', roles: ['sales-rep'], active: true, inMyScope: true },
      { id: 'o', name: 'Olu', email: 'o@x', roles: ['sales-rep'], active: true, inMyScope: false },
      { id: 'g', name: 'Gone', email: 'g@x', roles: ['sales-rep'], active: false, inMyScope: true },
      { id: 'a', name: 'Ada', email: 'a@x', roles: ['tenant-admin'], active: true, inMyScope: true },
    ];
    expect(sellers(people).map(p => p.id)).toEqual(['m', 'r']);
    expect(nameOf(people, 'r', 'm', 'You', 'Nobody')).toBe('Rui');
    expect(nameOf(people, 'm', 'm', 'You', 'Nobody')).toBe('You');
    expect(nameOf(people, 'left-us', 'm', 'You', 'Nobody')).toBe('left-us');
    expect(nameOf(people, null, 'm', 'You', 'Nobody')).toBe('Nobody');
  });

  it('orders the forecast by month, deals without a close date last, currencies kept apart', () => {
    const line = (group: string, currency: string) => ({ group, currency, deals: 1, total: '10', weighted: '5',
      dealsWithoutAmount: 0 });
    const months = forecastMonths({ by: 'close-month', lines: [line('(none)', 'USD'), line('2027-01', 'EUR'),
      line('2026-12', 'USD'), line('2027-01', 'USD')] });
    expect(months.map(m => m.month)).toEqual(['2026-12', '2027-01', '(none)']);
    expect(months[1].lines.map(l => l.currency)).toEqual(['EUR', 'USD']);
  });
});
