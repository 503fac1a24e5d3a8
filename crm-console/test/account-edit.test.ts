import { describe, expect, it } from 'vitest';
import type { Account } from '../src/api/types';
import { contactForm, newContact, profileChanges, profileOf } from '../src/screens/account/account-edit';

const account: Account = { id: 'a', version: 2, name: 'Hamburg Valves GmbH', tier: 'B', lifecycle: 'PROSPECT',
  owner: 'u', country: 'DE', website: null };

describe('an account page', () => {
  it('sends only the profile fields that changed, trimmed, never an emptied one', () => {
    expect(profileChanges(account, profileOf(account))).toEqual({});
    expect(profileChanges(account, { ...profileOf(account), tier: 'A', website: ' https://hv.example ', country: '' }))
      .toEqual({ tier: 'A', website: 'https://hv.example' });
  });

  it('adds a person with what was typed, blanks left out', () => {
    expect(newContact({ name: ' Jonas Weber ', email: '', phone: '+49 40 123456', role: '' }))
      .toEqual({ name: 'Jonas Weber', phone: '+49 40 123456' });
  });

  it('corrects a person from what the service has: an emptied email is left out, so the service removes it', () => {
    const jonas = { id: 'c', recordVersion: 3, name: 'Jonas Weber', email: 'jonas@hv.example', phone: null, role: 'OTHER' };
    expect(contactForm(jonas)).toEqual({ name: 'Jonas Weber', email: 'jonas@hv.example', phone: '', role: '' });
    expect(newContact({ ...contactForm(jonas), email: '', phone: '040 123456', role: 'QUALITY' }))
      .toEqual({ name: 'Jonas Weber', phone: '040 123456', role: 'QUALITY' });
  });
});
