import { describe, expect, it } from 'vitest';
import { slugOf } from '../src/screens/signup/slug';

describe('the short name suggested at signup', () => {
  it('is the company name in lower-case Latin letters, digits and dashes', () => {
    expect(slugOf('Ningbo Hardware Co., Ltd')).toBe('ningbo-hardware-co-ltd');
    expect(slugOf('Müller Ventile GmbH')).toBe('muller-ventile-gmbh');
  });

  it('suggests nothing for a name in another script, and never more than 40 characters', () => {
    expect(slugOf('宁波五金有限公司')).toBe('');
    expect(slugOf('a'.repeat(39) + ' b c')).toHaveLength(39);
  });
});
