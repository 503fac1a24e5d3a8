import type { Translator } from '../i18n/i18n';
import type { Problem } from './types';

/** What the form shows: a message beside each named field, and what belongs to no field at the top. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string[];
}

/**
 * Puts a problem's violations beside the fields they name. A violation's stable code is translated
 * ("violation.required"); a code the console does not know yet shows the service's own words, which follow the
 * request's Accept-Language where the service has them.
 */
export function formErrors(problem: Problem, t: Translator, known: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const violation of problem.violations ?? []) {
    const text = (violation.code && t.optional(`violation.${violation.code}`)) || violation.message;
    if (known.includes(violation.field)) {
      fields[violation.field] = fields[violation.field] ? `${fields[violation.field]}; ${text}` : text;
    } else {
      general.push(t.t('lead.new.fieldError', { field: t.optional(`field.${violation.field}`) ?? violation.field,
        message: text }));
    }
  }
  if (!problem.violations?.length) {
    general.push(t.optional(`problem.${problem.status}`) ?? problem.detail ?? t.t('problem.other'));
  }
  return { fields, general };
}
