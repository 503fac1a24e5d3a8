import { describe, expect, it } from 'vitest';
import type { Account } from '../src/api/types';
import { newContact, profileChanges, profileOf } from '../src/screens/account/account-edit';

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
});
