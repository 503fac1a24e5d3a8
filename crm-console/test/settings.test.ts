import { describe, expect, it } from 'vitest';
import { durationParts, durationText } from '../src/screens/settings/settings';

describe('a duration setting', () => {
  it('is edited as hours or days and saved as the ISO-8601 text the service checks', () => {
    expect(durationParts('PT72H')).toEqual({ amount: '72', unit: 'hours' });
    expect(durationParts('P14D')).toEqual({ amount: '14', unit: 'days' });
    expect(durationParts('')).toEqual({ amount: '', unit: 'hours' });
    expect(durationText({ amount: '21', unit: 'days' })).toBe('P21D');
    expect(durationText({ amount: ' 8 ', unit: 'hours' })).toBe('PT8H');
    expect(durationText({ amount: '', unit: 'days' })).toBe('');
  });

  it('keeps what is typed in the parts, and leaves a duration the parts cannot say as text', () => {
    expect(durationParts(durationText({ amount: '7x', unit: 'hours' }))).toEqual({ amount: '7x', unit: 'hours' });
    expect(durationParts('PT30M')).toBeNull();
    expect(durationParts('P1DT12H')).toBeNull();
  });
});
