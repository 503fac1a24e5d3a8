import { ApiError, Unreachable } from '../api/client';
import type { Lead, NewLead, Problem } from '../api/types';

/** A lead captured on this device and not yet taken by the service. */
export interface PendingLead {
  /** The Idempotency-Key it is sent with, every time: the service takes it once however often it arrives. */
  key: string;
  lead: NewLead;
  savedAt: string;
  /** Why the service refused it when it was last sent, for the user to mend or discard. */
  problem?: Problem;
}

export type Sending =
  | { outcome: 'sent'; lead: Lead }
  | { outcome: 'waiting' }
  | { outcome: 'refused'; problem: Problem };

export interface LeadSender { receiveLead(lead: NewLead, idempotencyKey: string): Promise<Lead> }

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Leads wait here, on the device, until the service has them. A lead is written to the outbox before it is sent
 * and removed only when the service answered, so a lost network, a stopped server or a closed tab loses nothing,
 * and its one Idempotency-Key makes sure that sending it again never makes a second lead.
 */
export class LeadOutbox {
  private flushing: Promise<Lead[]> | null = null;

  constructor(private readonly store: Store, private readonly name: string,
              private readonly newKey: () => string = () => crypto.randomUUID(),
              private readonly now: () => Date = () => new Date()) {}

  /** The outbox of one user on this device (a shared phone does not send one seller's leads as another's). */
  static of(store: Store, userId: string): LeadOutbox {
    return new LeadOutbox(store, `crm.outbox.${userId}`);
  }

  pending(): PendingLead[] {
    const text = this.store.getItem(this.name);
    return text ? JSON.parse(text) as PendingLead[] : [];
  }

  add(lead: NewLead): PendingLead {
    const entry: PendingLead = { key: this.newKey(), lead, savedAt: this.now().toISOString() };
    this.write([...this.pending(), entry]);
    return entry;
  }

  discard(key: string): void {
    this.write(this.pending().filter(entry => entry.key !== key));
  }

  /** Sends one waiting lead: gone from the outbox once sent, kept with the reason when refused, kept when unreachable. */
  async send(sender: LeadSender, entry: PendingLead): Promise<Sending> {
    try {
      const lead = await sender.receiveLead(entry.lead, entry.key);
      this.discard(entry.key);
      return { outcome: 'sent', lead };
    } catch (e) {
      if (e instanceof ApiError && e.problem.status < 500 && e.problem.status !== 429) {
        this.replace({ ...entry, problem: e.problem });
        return { outcome: 'refused', problem: e.problem };
      }
      if (e instanceof Unreachable || e instanceof ApiError) return { outcome: 'waiting' };
      throw e;
    }
  }

  /**
   * Sends every lead that waits and has not been refused, oldest first; stops at the first that cannot reach the
   * service. One flush at a time: a second call while one runs gets the same answer. Resolves to the leads sent.
   */
  flush(sender: LeadSender): Promise<Lead[]> {
    if (!this.flushing) {
      this.flushing = this.sendAll(sender).finally(() => { this.flushing = null; });
    }
    return this.flushing;
  }

  private async sendAll(sender: LeadSender): Promise<Lead[]> {
    const sent: Lead[] = [];
    for (const entry of this.pending().filter(e => !e.problem)) {
      const result = await this.send(sender, entry);
      if (result.outcome === 'waiting') break;
      if (result.outcome === 'sent') sent.push(result.lead);
    }
    return sent;
  }

  private replace(entry: PendingLead): void {
    this.write(this.pending().map(e => (e.key === entry.key ? entry : e)));
  }

  private write(entries: PendingLead[]): void {
    if (entries.length === 0) this.store.removeItem(this.name);
    else this.store.setItem(this.name, JSON.stringify(entries));
  }
}
