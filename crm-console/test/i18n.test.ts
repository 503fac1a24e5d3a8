import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import zh from '../src/i18n/zh-CN.json';
import { chooseLocale, Translator } from '../src/i18n/i18n';
import { formErrors } from '../src/api/problem';

describe('the console languages', () => {
  it('has every English message in Chinese too, and no other', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps every placeholder of a message in its translation', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders((zh as Record<string, string>)[key]), key).toEqual(placeholders(text));
    }
  });

  it('takes the saved choice first, then the browser languages, else English', () => {
    expect(chooseLocale('en', ['zh-CN'])).toBe('en');
    expect(chooseLocale(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(chooseLocale(null, ['de-DE', 'en-GB'])).toBe('en');
    expect(chooseLocale(null, ['fr'])).toBe('en');
  });

  it('formats money and dates in the user locale and time zone', () => {
    const zhT = new Translator('zh-CN', 'Asia/Shanghai');
    expect(zhT.money('1234.5', 'USD')).toBe('US$1,234.50');
    expect(zhT.dateTime('2026-12-06T10:00:00Z')).toContain('18:00');
    const enT = new Translator('en', 'Europe/London');
    expect(enT.dateTime('2026-12-06T10:00:00Z')).toContain('10:00');
    expect(enT.relative('2026-12-06T10:30:00Z', new Date('2026-12-06T10:00:00Z'))).toBe('in 30 minutes');
  });
});

describe('problem details on a form', () => {
  const t = new Translator('zh-CN', 'UTC');

  it('puts each violation beside its field, in the user language by its code', () => {
    const errors = formErrors({ status: 400, violations: [
      { field: 'country', message: 'is required', code: 'required' },
      { field: 'contact.email', message: "'x' must contain exactly one @", code: 'email' },
    ] }, t, ['country', 'contact.email']);
    expect(errors.fields).toEqual({ country: '为必填项', 'contact.email': '不是有效的邮箱地址' });
    expect(errors.general).toEqual([]);
  });

  it("shows the service's own words for a code it does not know, and fields it does not show at the top", () => {
    const errors = formErrors({ status: 400, violations: [
      { field: 'receivedAt', message: 'must be an ISO-8601 instant', code: 'something-new' },
    ] }, t, ['country']);
    expect(errors.general).toEqual(['receivedAt：must be an ISO-8601 instant']);
  });

  it('explains a problem without violations by its status', () => {
    expect(formErrors({ status: 412 }, t, []).general).toEqual(['此记录已被他人修改。']);
  });
});

describe('counts', () => {
  it('takes the plural form of the language', () => {
    expect(new Translator('en', 'UTC').count('pipeline.entryTasks', 1)).toBe('1 task');
    expect(new Translator('en', 'UTC').count('pipeline.entryTasks', 3)).toBe('3 tasks');
    expect(new Translator('zh-CN', 'UTC').count('pipeline.entryTasks', 1)).toBe('1 个任务');
  });
});
