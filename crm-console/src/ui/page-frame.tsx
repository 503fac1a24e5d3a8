import type { ComponentChildren } from 'preact';
import type { FormErrors } from '../api/problem';
import { ErrorSummary, Notice } from './forms';

/**
 * The frame of a page that changes the tenant's data: its title, a line on what it is for, what the last action
 * said, and the service's refusals summarised with a link to each field at fault, then the page itself.
 */
export function PageFrame({ id, title, help, notice, errors, labels = {}, children }: { id: string; title: string;
  help?: ComponentChildren; notice?: string | null; errors?: FormErrors; labels?: Record<string, string>;
  children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{title}</h1>
      {help && <p class="subtitle">{help}</p>}
      {notice && <Notice>{notice}</Notice>}
      {errors && <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />}
      {children}
    </section>
  );
}
