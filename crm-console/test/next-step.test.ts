import { describe, expect, it } from 'vitest';
import { dueInstant, inDays } from '../src/screens/deal/next-step';

describe('a next step chosen by day', () => {
  it('offers a day in the seller\'s own calendar, across a month end', () => {
    expect(inDays(new Date(2026, 11, 30, 23, 30), 2)).toBe('2027-01-01');
  });

  it('is due at 09:00 that day where the seller is', () => {
    const due = new Date(dueInstant('2026-12-08'));
    expect(due.getHours()).toBe(9);
    expect(due.getDate()).toBe(8);
    expect(dueInstant('')).toBe('');
  });
});
