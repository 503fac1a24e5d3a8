import type { Deal, DealEdit } from '../../api/types';

/** The deal's fields as the details form edits them (text, as typed). */
export interface DetailsForm { title: string; amount: string; currency: string; expectedClose: string;
  productInterest: string; tradeTerms: string; paymentTerms: string; reason: string }

/** The fields a stage can require, by the names the service's violations use. */
export const DETAIL_FIELDS = ['amount', 'expectedClose', 'productInterest', 'tradeTerms', 'paymentTerms'] as const;

export function detailsOf(deal: Deal, defaultCurrency: string): DetailsForm {
  return { title: deal.title, amount: deal.amount?.amount ?? '', currency: deal.amount?.currency ?? defaultCurrency,
    expectedClose: deal.expectedClose ?? '', productInterest: deal.productInterest ?? '',
    tradeTerms: deal.tradeTerms ?? '', paymentTerms: deal.paymentTerms ?? '', reason: '' };
}

/**
 * Only what changed, so the audit trail says what the seller did; an emptied field is not sent (the service
 * never clears one). The amount goes with its currency whenever either changed.
 */
export function changedFields(deal: Deal, form: DetailsForm): DealEdit {
  const edit: DealEdit = {};
  const text = (value: string) => value.trim();
  if (text(form.title) && text(form.title) !== deal.title) edit.title = text(form.title);
  if (text(form.amount) && (text(form.amount) !== (deal.amount?.amount ?? '') || form.currency !== deal.amount?.currency)) {
    edit.amount = { amount: text(form.amount), currency: form.currency };
  }
  if (form.expectedClose && form.expectedClose !== (deal.expectedClose ?? '')) edit.expectedClose = form.expectedClose;
  if (text(form.productInterest) && text(form.productInterest) !== (deal.productInterest ?? '')) {
    edit.productInterest = text(form.productInterest);
  }
  if (form.tradeTerms && form.tradeTerms !== (deal.tradeTerms ?? '')) edit.tradeTerms = form.tradeTerms;
  if (form.paymentTerms && form.paymentTerms !== (deal.paymentTerms ?? '')) edit.paymentTerms = form.paymentTerms;
  if (text(form.reason)) edit.reason = text(form.reason);
  return edit;
}

/** Which of a refused move's violations are fields the details form can fill in. */
export function missingDetails(fieldErrors: Record<string, string>): string[] {
  return DETAIL_FIELDS.filter(field => field in fieldErrors || `${field}.amount` in fieldErrors);
}
