import { describe, expect, it } from 'vitest';
import { ApiError, Unreachable } from '../src/api/client';
import type { Lead, NewLead } from '../src/api/types';
import { LeadOutbox, type LeadSender } from '../src/outbox/outbox';

class MemoryStore {
  private readonly items = new Map<string, string>();
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) { this.items.set(key, value); }
  removeItem(key: string) { this.items.delete(key); }
}

/** A service that answers as told and remembers every key it was sent, as the real one does (first answer kept). */
class Service implements LeadSender {
  reachable = true;
  refuse: ApiError | null = null;
  readonly taken = new Map<string, Lead>();
  calls = 0;
  async receiveLead(lead: NewLead, key: string): Promise<Lead> {
    this.calls++;
    if (!this.reachable) throw new Unreachable('Failed to fetch');
    if (this.refuse) throw this.refuse;
    const existing = this.taken.get(key);
    if (existing) return existing;
    const made = { id: `lead-${this.taken.size + 1}`, version: 0, status: 'NEW', source: lead.source,
      receivedAt: '2026-12-06T10:00:00Z', contact: lead.contact } as Lead;
    this.taken.set(key, made);
    return made;
  }
}

const lead = (name: string): NewLead => ({ source: 'TRADE_SHOW', contact: { personName: name, email: `${name}@x.cn` },
  country: 'CN' });

function outbox(store = new MemoryStore()) {
  let n = 0;
  return new LeadOutbox(store, 'crm.outbox.u1', () => `key-${++n}`, () => new Date('2026-12-06T10:00:00Z'));
}

describe('the lead outbox', () => {
  it('keeps a lead that could not be sent and sends it once the service is back', async () => {
    const box = outbox();
    const service = new Service();
    service.reachable = false;
    const entry = box.add(lead('wang'));
    expect(await box.send(service, entry)).toEqual({ outcome: 'waiting' });
    expect(box.pending()).toHaveLength(1);

    service.reachable = true;
    const sent = await box.flush(service);
    expect(sent.map(l => l.id)).toEqual(['lead-1']);
    expect(box.pending()).toEqual([]);
  });

  it('sends a lead again with the same key, so a lost answer never makes two leads', async () => {
    const box = outbox();
    const service = new Service();
    const entry = box.add(lead('li'));
    await service.receiveLead(entry.lead, entry.key); // taken, but the answer never reached the phone
    await box.flush(service);
    expect(service.taken.size).toBe(1);
    expect(box.pending()).toEqual([]);
  });

  it('survives a reload: what waits is read back from storage', async () => {
    const store = new MemoryStore();
    outbox(store).add(lead('zhang'));
    const reopened = outbox(store);
    expect(reopened.pending().map(e => e.lead.contact.personName)).toEqual(['zhang']);
  });

  it('keeps a refused lead with the reason and does not send it again by itself', async () => {
    const box = outbox();
    const service = new Service();
    service.refuse = new ApiError({ status: 400, violations: [{ field: 'country', message: 'is required',
      code: 'required' }] });
    box.add(lead('maria'));
    await box.flush(service);
    expect(box.pending()[0].problem?.violations?.[0].field).toBe('country');
    const callsBefore = service.calls;
    await box.flush(service);
    expect(service.calls).toBe(callsBefore);
  });

  it('keeps a lead when the service fails or is busy, to try again', async () => {
    const box = outbox();
    const service = new Service();
    service.refuse = new ApiError({ status: 503 });
    box.add(lead('john'));
    await box.flush(service);
    expect(box.pending()).toHaveLength(1);
    expect(box.pending()[0].problem).toBeUndefined();
  });

  it('stops at the first lead that cannot be sent and keeps the order', async () => {
    const box = outbox();
    const service = new Service();
    box.add(lead('a'));
    box.add(lead('b'));
    service.reachable = false;
    await box.flush(service);
    expect(service.calls).toBe(1);
    service.reachable = true;
    const sent = await box.flush(service);
    expect(sent.map(l => l.contact.personName)).toEqual(['a', 'b']);
  });

  it('runs one flush at a time: two triggers at once send each lead once', async () => {
    const box = outbox();
    const service = new Service();
    box.add(lead('a'));
    const [first, second] = await Promise.all([box.flush(service), box.flush(service)]);
    expect(first).toBe(second);
    expect(service.calls).toBe(1);
  });
});
