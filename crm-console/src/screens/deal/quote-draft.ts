import type { Product, Quote, QuoteDraft, QuoteVersionView } from '../../api/types';

/** A line being written: the product, how many, the discount in percent (text, as typed). */
export interface DraftLine { productId: string; quantity: string; discountPercent: string }

/** The currencies a quote over these products can be in: those every chosen product has a price in. */
export function currenciesFor(products: Product[], lines: DraftLine[]): string[] {
  const chosen = lines.map(line => products.find(p => p.id === line.productId)).filter((p): p is Product => !!p);
  const all = [...new Set(products.flatMap(p => p.prices.map(price => price.currency)))].sort();
  return chosen.length === 0 ? all
    : all.filter(currency => chosen.every(p => p.prices.some(price => price.currency === currency)));
}

/** The request for a new quote; quantities and discounts go as typed, the service checks them. */
export function quoteDraft(currency: string, lines: DraftLine[], incoterm: string, place: string,
                           paymentTerms: string, validUntil: string): QuoteDraft {
  return { currency, lines: lines.map(line => ({ productId: line.productId, quantity: line.quantity.trim(),
    discountPercent: line.discountPercent.trim() || '0' })),
  terms: { incoterm, place: place.trim(), paymentTerms, validUntil } };
}

/** What the seller can do next with a quote, by its latest version's status (the service decides again). */
export function nextAction(quote: Quote): 'submit' | 'send' | null {
  const status = latest(quote).status;
  return status === 'draft' ? 'submit' : status === 'approved' ? 'send' : null;
}

export function latest(quote: Quote): QuoteVersionView {
  return quote.versions[quote.versions.length - 1];
}

/** The step a version waits at, if any: the first one without a decision. */
export function waitingStep(version: QuoteVersionView) {
  return version.status === 'in-approval' ? (version.approval ?? []).find(step => !step.decision) ?? null : null;
}

/** The step that refused a version, with its reason. */
export function refusal(version: QuoteVersionView) {
  return (version.approval ?? []).find(step => step.decision === 'rejected') ?? null;
}
