import { describe, expect, it } from 'vitest';
import { leadEntry } from '../src/screens/quick-lead/lead-entry';

describe('the quick lead form', () => {
  const typed = { ...leadEntry.empty('TRADE_SHOW', 'DE'), personName: '  Wang Wei ', email: 'wang@ningbohw.cn',
    phone: '' };

  it('sends what was typed, trimmed, with empty inputs left out and the moment it was taken', () => {
    expect(leadEntry.toNewLead(typed, new Date('2026-12-06T09:30:00Z'))).toEqual({
      source: 'TRADE_SHOW', receivedAt: '2026-12-06T09:30:00.000Z', country: 'DE',
      contact: { personName: 'Wang Wei', companyName: undefined, phone: undefined, email: 'wang@ningbohw.cn' },
    });
  });

  it('looks for duplicates only once something identifying is typed', () => {
    expect(leadEntry.identifies(leadEntry.empty('PHONE', ''))).toBe(false);
    expect(leadEntry.identifies({ ...leadEntry.empty('PHONE', ''), phone: '+86 574' })).toBe(false);
    expect(leadEntry.identifies({ ...leadEntry.empty('PHONE', ''), phone: '+86 574 1234' })).toBe(true);
    expect(leadEntry.identifies(typed)).toBe(true);
  });

  it('reads a lead waiting in the outbox back into the form to mend it', () => {
    const lead = leadEntry.toNewLead(typed, new Date());
    expect(leadEntry.from(lead)).toEqual({ ...typed, personName: 'Wang Wei' });
  });
});
