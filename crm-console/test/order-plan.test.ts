import { describe, expect, it } from 'vitest';
import type { SalesOrder } from '../src/api/types';
import { cancellable, expectedPayment, nextStatus, percentTotal, suggestedSchedule } from '../src/screens/deal/order-plan';

const labels = { deposit: '30% deposit', balance: '70% balance', full: 'Full payment' };
const today = new Date(2026, 11, 7);

describe('an order on the deal page', () => {
  it('suggests the schedule the payment terms say', () => {
    expect(suggestedSchedule('TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT', today, labels)).toEqual([
      { label: '30% deposit', percent: '30', due: '2026-12-07' },
      { label: '70% balance', percent: '70', due: '2027-01-06' }]);
    expect(suggestedSchedule('OPEN_ACCOUNT', today, labels)).toEqual([
      { label: 'Full payment', percent: '100', due: '2027-01-06' }]);
    expect(suggestedSchedule('DOCUMENTS_AGAINST_ACCEPTANCE', today, labels)[0].due).toBe('2027-02-05');
    expect(suggestedSchedule('TT_IN_ADVANCE', today, labels)).toEqual([
      { label: 'Full payment', percent: '100', due: '2026-12-07' }]);
    expect(suggestedSchedule(undefined, today, labels)).toHaveLength(1);
  });

  it('adds up the parts as typed, a decimal comma too, nonsense as nothing', () => {
    expect(percentTotal([{ label: 'a', percent: '30', due: '' }, { label: 'b', percent: '69,5', due: '' },
      { label: 'c', percent: 'x', due: '' }])).toBe(99.5);
  });

  it('moves an order on one step at a time and cancels it only before delivery', () => {
    expect(nextStatus('confirmed')).toBe('in-production');
    expect(nextStatus('delivered')).toBe('closed');
    expect(nextStatus('closed')).toBeNull();
    expect(nextStatus('cancelled')).toBeNull();
    expect(cancellable('shipped')).toBe(true);
    expect(cancellable('delivered')).toBe(false);
    expect(cancellable('cancelled')).toBe(false);
  });

  it('expects the open part of the earliest instalment not paid', () => {
    const money = (amount: string) => ({ amount, currency: 'USD' });
    const order = { instalments: [
      { label: 'deposit', amount: money('300'), due: '2026-12-07', paid: money('300'), outstanding: money('0.00'),
        daysLate: 0, overdue: false },
      { label: 'balance', amount: money('700'), due: '2027-01-06', paid: money('100'), outstanding: money('600.00'),
        daysLate: 0, overdue: false }] } as unknown as SalesOrder;
    expect(expectedPayment(order)).toBe('600.00');
    expect(expectedPayment({ instalments: [] } as unknown as SalesOrder)).toBe('');
  });
});
