import { describe, expect, it } from 'vitest';
import type { Product, Quote, QuoteVersionView } from '../src/api/types';
import { currenciesFor, nextAction, quoteDraft, refusal, waitingStep } from '../src/screens/deal/quote-draft';

const product = (id: string, ...currencies: string[]): Product => ({ id, sku: id, name: id, unit: 'pcs', active: true,
  prices: currencies.map(currency => ({ currency, list: '10.00' })) });

function version(status: QuoteVersionView['status'], approval: QuoteVersionView['approval'] = []): QuoteVersionView {
  const money = { amount: '100.00', currency: 'USD' };
  return { number: 1, status, lines: [], terms: { validUntil: '2027-01-01' }, totals: { list: money, discount: money,
    net: money }, approval, madeBy: 'rita', madeAt: '2026-12-07T10:00:00Z' };
}
const quote = (...versions: QuoteVersionView[]): Quote => ({ id: 'q', recordVersion: 1, number: 'Q-2026-00001',
  dealId: 'd', owner: 'rita', currency: 'USD', status: versions[versions.length - 1].status, versions });

describe('a quote on the deal page', () => {
  it('offers the currencies every chosen product has a price in', () => {
    const products = [product('valve', 'USD', 'EUR'), product('flange', 'USD'), product('pump', 'CNY')];
    expect(currenciesFor(products, [])).toEqual(['CNY', 'EUR', 'USD']);
    expect(currenciesFor(products, [{ productId: 'valve', quantity: '', discountPercent: '' }])).toEqual(['EUR', 'USD']);
    expect(currenciesFor(products, [{ productId: 'valve', quantity: '', discountPercent: '' },
      { productId: 'flange', quantity: '', discountPercent: '' }])).toEqual(['USD']);
  });

  it('sends quantities and discounts as typed, no discount as 0, for the service to check', () => {
    expect(quoteDraft('USD', [{ productId: 'valve', quantity: ' 300 ', discountPercent: '' }], 'FOB', ' Ningbo ',
      'LETTER_OF_CREDIT', '2027-01-06')).toEqual({ currency: 'USD',
      lines: [{ productId: 'valve', quantity: '300', discountPercent: '0' }],
      terms: { incoterm: 'FOB', place: 'Ningbo', paymentTerms: 'LETTER_OF_CREDIT', validUntil: '2027-01-06' } });
  });

  it('submits a draft, sends an approved version, and otherwise waits', () => {
    expect(nextAction(quote(version('draft')))).toBe('submit');
    expect(nextAction(quote(version('sent'), version('approved')))).toBe('send');
    expect(nextAction(quote(version('in-approval')))).toBeNull();
    expect(nextAction(quote(version('sent')))).toBeNull();
  });

  it('names the step a version waits at and the one that refused it', () => {
    const approved = { name: 'manager', reasons: [], approvers: ['max'], escalations: 0, decision: 'approved' };
    const waiting = { name: 'director', reasons: [{ code: 'margin-under', reason: 'margin 4%' }], approvers: ['ada'],
      escalations: 0 };
    expect(waitingStep(version('in-approval', [approved, waiting]))?.name).toBe('director');
    expect(waitingStep(version('approved', [approved]))).toBeNull();
    expect(refusal(version('rejected', [{ ...waiting, decision: 'rejected', reason: 'too cheap' }]))?.reason)
      .toBe('too cheap');
  });
});
