import en from './en.json';
import zhCN from './zh-CN.json';

/** The languages the console speaks. Every string comes from one of these message files. */
export type Locale = 'en' | 'zh-CN';
export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

const catalogues: Record<Locale, Messages> = { en, 'zh-CN': zhCN as Messages };
const SETTING = 'crm.locale';

/** The user's own choice first, then the browser's languages; English when none of them is spoken here. */
export function chooseLocale(saved: string | null, browser: readonly string[]): Locale {
  if (saved === 'en' || saved === 'zh-CN') return saved;
  for (const tag of browser) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Messages, numbers, money and dates in one locale and time zone. */
export class Translator {
  readonly locale: Locale;
  readonly timeZone: string;
  private readonly messages: Messages;

  constructor(locale: Locale, timeZone?: string) {
    this.locale = locale;
    this.timeZone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.messages = catalogues[locale];
  }

  /** The message for a key, with {name} placeholders filled in. */
  t(key: MessageKey, params: Record<string, string | number> = {}): string {
    const text = this.messages[key] ?? en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole);
  }

  /** A message only some keys have (a violation code, an enum value): undefined when there is none. */
  optional(key: string, params: Record<string, string | number> = {}): string | undefined {
    return key in this.messages ? this.t(key as MessageKey, params) : undefined;
  }

  /**
   * A name the tenant may have changed (a stage's): in the user's language while it is still the platform's
   * English default, else as the tenant wrote it.
   */
  named(key: string, name: string): string {
    return key in en && (en as Record<string, string>)[key] === name ? this.t(key as MessageKey) : name;
  }

  /**
   * A message that depends on a count: `{key}.{form}` for the locale's plural form of {@code count} ("one",
   * "other"; Chinese has only "other"), else `{key}.other`; {count} in it is the count.
   */
  count(key: string, count: number, params: Record<string, string | number> = {}): string {
    const form = new Intl.PluralRules(this.locale).select(count);
    const all = { ...params, count: this.number(count) };
    return this.optional(`${key}.${form}`, all) ?? this.optional(`${key}.other`, all) ?? key;
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  /** Money in the user's locale; {@code whole} rounds to whole units, for tables of totals. */
  money(amount: string | number, currency: string, whole = false): string {
    return new Intl.NumberFormat(this.locale, { style: 'currency', currency,
      ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}) }).format(Number(amount));
  }

  /** Items as a list in the user's language ("Norway and Sweden", "挪威和瑞典"). */
  list(items: string[]): string {
    return new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(items);
  }

  /** A country by its ISO code, in the user's language ("DE": "Germany", "德国"). */
  country(code: string): string {
    return new Intl.DisplayNames([this.locale], { type: 'region' }).of(code) ?? code;
  }

  /** A calendar month "2026-12" as "December 2026" / "2026年12月". */
  month(yearMonth: string): string {
    const [year, month] = yearMonth.split('-').map(Number);
    return new Intl.DateTimeFormat(this.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })
      .format(new Date(Date.UTC(year, month - 1, 1)));
  }

  dateTime(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'medium', timeStyle: 'short', timeZone: this.timeZone,
    }).format(new Date(iso));
  }

  date(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: this.timeZone })
      .format(new Date(iso));
  }

  /** "in 25 minutes", "3 hours ago": the nearest whole unit, from now. */
  relative(iso: string, now: Date = new Date()): string {
    const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
    const format = new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' });
    const units: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86400], ['hour', 3600], ['minute', 60]];
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
    }
    return format.format(seconds, 'second');
  }
}

export function savedLocale(storage: Pick<Storage, 'getItem'>): string | null {
  return storage.getItem(SETTING);
}

export function saveLocale(storage: Pick<Storage, 'setItem'>, locale: Locale): void {
  storage.setItem(SETTING, locale);
}

/** A name the service gives in words ("first response") as a message key's last part ("first-response"). */
export function slug(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, '-');
}
