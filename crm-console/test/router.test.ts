import { describe, expect, it } from 'vitest';
import { match } from '../src/router';

describe('routes', () => {
  it('match a pattern and take its parameters', () => {
    expect(match('/leads/:id', '/leads/4f2a')).toEqual({ id: '4f2a' });
    expect(match('/leads/new', '/leads/new')).toEqual({});
    expect(match('/leads/:id', '/leads')).toBeNull();
    expect(match('/', '/deals')).toBeNull();
  });
});
