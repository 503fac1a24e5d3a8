import type { Activity } from '../api/types';
import type { Translator } from '../i18n/i18n';

/**
 * What an activity says in the reader's language: one the CRM wrote itself comes with a code and values
 * (amounts with their currency, days as ISO dates), said by the console's own words; anything else, or a code
 * this console does not know yet, is its summary as stored.
 */
export function activityText(activity: Activity, t: Translator): string {
  const wording = activity.wording;
  if (!wording) return activity.summary ?? '';
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(wording.values)) {
    const currency = wording.values[`${key}Currency`];
    if (currency !== undefined) values[key] = t.money(value, currency);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) values[key] = t.date(value);
    else if (key === 'method') values[key] = t.optional(`paymentMethod.${value.toUpperCase().replace(/-/g, '_')}`) ?? value;
    else values[key] = value;
  }
  // a value left empty (a payment without reference) leaves no gap before a closing bracket
  return t.optional(`activity.said.${wording.code}`, values)?.replace(/\s+([)）])/g, '$1') ?? activity.summary ?? '';
}
