import { describe, expect, it } from 'vitest';
import { hitLink, searchable } from '../src/screens/search/search';

describe('search', () => {
  it('asks from two characters on, Han ones included, spaces aside', () => {
    expect(searchable(' w ')).toBe(false);
    expect(searchable('wa')).toBe(true);
    expect(searchable('王伟')).toBe(true);
    expect(searchable('王')).toBe(false);
  });

  it('opens a lead, an account, and a contact at their account', () => {
    expect(hitLink({ type: 'lead', id: 'l1', title: 'Wang Wei' })).toBe('/leads/l1');
    expect(hitLink({ type: 'account', id: 'a1', title: 'Ningbo Hardware' })).toBe('/accounts/a1');
    expect(hitLink({ type: 'contact', id: 'c1', title: 'Zhou Min', accountId: 'a1' })).toBe('/accounts/a1#contact-c1');
  });
});
