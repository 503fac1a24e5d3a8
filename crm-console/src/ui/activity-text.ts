import type { Activity, ActivityWording, Ownership, ScoreRule, Task } from '../api/types';
import { slug, type Translator } from '../i18n/i18n';

/**
 * What the CRM wrote itself, said in the reader's language: a code and values (amounts with their currency, days
 * as ISO dates, who was told as a rung) in the console's own words under `{prefix}.{code}`; undefined for a code
 * this console does not know yet.
 */
export function said(prefix: 'activity.said' | 'task.said' | 'score.said', wording: ActivityWording,
  t: Translator): string | undefined {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(wording.values)) {
    const currency = wording.values[`${key}Currency`];
    if (currency !== undefined) values[key] = t.money(value, currency);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) values[key] = t.date(value);
    else if (key === 'method') values[key] = t.optional(`paymentMethod.${value.toUpperCase().replace(/-/g, '_')}`) ?? value;
    else if (key === 'told') values[key] = t.optional(`activity.told.${value}`) ?? value;
    else if (key === 'field') values[key] = t.optional(`score.field.${value}`) ?? value;
    else if (key === 'value') values[key] = answer(wording.values.field, value, t);
    else values[key] = value;
  }
  // a value left empty (a payment without reference) leaves no gap before a closing bracket
  return t.optional(`${prefix}.${wording.code}`, values)?.replace(/\s+([)）])/g, '$1');
}

/** What an activity says: the CRM's own wording in the reader's language, else its summary as stored. */
export function activityText(activity: Activity, t: Translator): string {
  return (activity.wording && said('activity.said', activity.wording, t)) ?? activity.summary ?? '';
}

/**
 * A task's title: a reminder the CRM gave in the reader's language; a task of the platform's default pipeline in
 * the reader's language while the tenant kept its English title; else the title as written.
 */
export function taskTitle(task: Task, t: Translator): string {
  return (task.wording && said('task.said', task.wording, t)) ?? t.named(`task.default.${slug(task.title)}`, task.title);
}

/** What a scoring rule read: said in the reader's language, else as the service wrote it. */
export function scoreInput(rule: ScoreRule, t: Translator): string {
  return (rule.said && said('score.said', rule.said, t)) ?? rule.input;
}

/** A lead's answer to a qualifying question, in words: a country by name, payment terms as the trade says them. */
function answer(field: string | undefined, value: string, t: Translator): string {
  if (field === 'country') return t.country(value);
  if (field === 'requestedPaymentTerms') return t.optional(`paymentTerms.${value}`) ?? value;
  return t.optional(`answer.${field}.${value}`) ?? value;
}

/**
 * Why a lead changed hands: the assignment rules' reasoning step by step in the reader's language, people named
 * (by {@code name}, from their ids), countries and sources in words; else the reason as the person typed it.
 */
export function ownershipReason(change: Ownership, t: Translator, name: (id: string) => string): string {
  const steps = change.said ?? [];
  const words = steps.map(step => t.optional(`assign.said.${step.code}`, stepValues(step, t, name)));
  if (steps.length === 0 || words.some(w => w === undefined)) return change.reason ?? '';
  const text = words.join(t.t('assign.separator'));
  return steps[0].code === 'taken-from-queue' ? text : t.t('assign.byRules', { steps: text });
}

function stepValues(step: ActivityWording, t: Translator, name: (id: string) => string): Record<string, string> {
  const what = step.code.replace(/-among$/, '');
  const word = (value: string) => what === 'country' ? t.country(value)
    : what === 'source' ? t.optional(`source.${value}`) ?? value : value;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(step.values)) {
    if (key === 'user') values[key] = name(value);
    else if (key === 'until') values[key] = t.date(value);
    else if (key === 'open' || key === 'cap') values[key] = t.number(Number(value));
    else if (key === 'distribution') values[key] = t.optional(`assign.distribution.${value}`) ?? value;
    else if (key === 'value') values[key] = word(value);
    else if (key === 'among') values[key] = t.list(value.split(',').map(word));
    else values[key] = value;
  }
  return values;
}
