import { describe, expect, it } from 'vitest';
import { listText, missingPools, parseList, startingPolicy, targetOf, targetValue } from '../src/screens/assignment/assignment';

describe('the assignment rules page', () => {
  it('edits a list as one line and reads it back, Chinese commas too', () => {
    expect(listText(['DE', 'AT'])).toBe('DE, AT');
    expect(parseList('de, at  ch，fr;', true)).toEqual(['DE', 'AT', 'CH', 'FR']);
    expect(parseList('valves, Valves , pumps')).toEqual(['valves', 'Valves', 'pumps']);
    expect(parseList(' , ')).toEqual([]);
  });

  it('names a person or a pool in one select value', () => {
    expect(targetValue({ type: 'pool', value: 'Europe: DACH' })).toBe('pool:Europe: DACH');
    expect(targetOf('pool:Europe: DACH')).toEqual({ type: 'pool', value: 'Europe: DACH' });
    expect(targetOf('user:42')).toEqual({ type: 'user', value: '42' });
    expect(targetValue(null)).toBe('');
  });

  it('starts with everything to one person and points out a pool a rule still names', () => {
    expect(startingPolicy('me')).toEqual({ rules: [], pools: [], fallback: { type: 'user', value: 'me' } });
    expect(missingPools({ pools: [{ name: 'EU', members: [], distribution: 'ROUND_ROBIN' }],
      rules: [{ name: 'a', countries: [], productLines: [], sources: [], grades: [], target: { type: 'pool', value: 'Asia' } },
        { name: 'b', countries: [], productLines: [], sources: [], grades: [], target: { type: 'pool', value: 'EU' } }],
      fallback: { type: 'pool', value: 'Asia' } })).toEqual(['Asia']);
  });
});
