import { describe, expect, it } from 'vitest';
import type { Deal } from '../src/api/types';
import { changedFields, detailsOf, missingDetails } from '../src/screens/deal/deal-edit';

const deal: Deal = { id: 'd', version: 3, title: 'Hamburg Valves', accountId: 'a', stage: 'inquiry', owner: 'u',
  status: 'OPEN', productInterest: 'valves', amount: null };

describe('a deal\'s details', () => {
  it('start from the deal, in the default currency when it has no amount', () => {
    expect(detailsOf(deal, 'USD')).toMatchObject({ title: 'Hamburg Valves', amount: '', currency: 'USD',
      productInterest: 'valves', tradeTerms: '' });
  });

  it('send only what changed, never an emptied field', () => {
    const form = { ...detailsOf(deal, 'USD'), amount: ' 12000 ', currency: 'EUR', productInterest: '', tradeTerms: 'CIF' };
    expect(changedFields(deal, form)).toEqual({ amount: { amount: '12000', currency: 'EUR' }, tradeTerms: 'CIF' });
    expect(changedFields(deal, detailsOf(deal, 'USD'))).toEqual({});
    const priced = { ...deal, amount: { amount: '12000', currency: 'EUR' } };
    expect(changedFields(priced, { ...detailsOf(priced, 'USD'), currency: 'USD' }))
      .toEqual({ amount: { amount: '12000', currency: 'USD' } });
  });

  it('pick out the fields a refused move asks for', () => {
    expect(missingDetails({ amount: 'is required to enter Quote', stage: 'x' })).toEqual(['amount']);
    expect(missingDetails({ 'amount.amount': 'bad', productInterest: 'is required' })).toEqual(['amount', 'productInterest']);
    expect(missingDetails({ 'nextStep.action': 'is required' })).toEqual([]);
  });
});
