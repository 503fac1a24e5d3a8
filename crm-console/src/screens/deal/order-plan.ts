import { ORDER_STATUSES, type OrderStatus, type PaymentShare, type SalesOrder } from '../../api/types';
import { inDays } from './next-step';

/** The words of a schedule's parts, in the user's language. */
export interface ShareLabels { deposit: string; balance: string; full: string }

/**
 * The schedule the quote's payment terms suggest, for the seller to check: a 30% deposit now and the balance in
 * 30 days (before shipment) for T/T deposit terms; the whole later on open account (30 days) or documents against
 * acceptance (60 days); the whole now otherwise. The service checks that the parts add up to 100.
 */
export function suggestedSchedule(paymentTerms: string | null | undefined, today: Date,
                                  labels: ShareLabels): PaymentShare[] {
  switch (paymentTerms) {
    case 'TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT':
      return [{ label: labels.deposit, percent: '30', due: inDays(today, 0) },
        { label: labels.balance, percent: '70', due: inDays(today, 30) }];
    case 'OPEN_ACCOUNT':
      return [{ label: labels.full, percent: '100', due: inDays(today, 30) }];
    case 'DOCUMENTS_AGAINST_ACCEPTANCE':
      return [{ label: labels.full, percent: '100', due: inDays(today, 60) }];
    default:
      return [{ label: labels.full, percent: '100', due: inDays(today, 0) }];
  }
}

/** The parts' percentages added up, as typed (what is not a number counts as nothing). */
export function percentTotal(shares: PaymentShare[]): number {
  return shares.reduce((sum, share) => sum + (Number(share.percent.replace(',', '.')) || 0), 0);
}

/** The status an order moves on to next, if any: one step at a time, as the goods go. */
export function nextStatus(status: OrderStatus): OrderStatus | null {
  const at = ORDER_STATUSES.indexOf(status);
  return at < 0 || at === ORDER_STATUSES.length - 1 ? null : ORDER_STATUSES[at + 1];
}

/** Whether the order can still be cancelled: before delivery, and not cancelled already. */
export function cancellable(status: OrderStatus): boolean {
  return ORDER_STATUSES.indexOf(status) >= 0 && ORDER_STATUSES.indexOf(status) < ORDER_STATUSES.indexOf('delivered');
}

/** What the next payment most likely is: the outstanding part of the earliest instalment not paid. */
export function expectedPayment(order: SalesOrder): string {
  const next = order.instalments.find(i => Number(i.outstanding.amount) > 0);
  return next ? next.outstanding.amount : '';
}
