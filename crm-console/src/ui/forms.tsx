import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { ServicesContext } from '../services';

/**
 * A labelled input with its hint and its error beside it (GOV.UK's pattern): the error is tied to the input by
 * aria-describedby and marks it aria-invalid, so a screen reader says what is wrong where it is wrong.
 */
export function Field({ id, label, error, hint, children }:
  { id: string; label: string; error?: string; hint?: string; children: ComponentChildren }) {
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="error" id={`${id}-error`}><span class="visually-hidden">! </span>{error}</p>}
      {children}
    </div>
  );
}

/** The attributes an input needs to be described by its field's hint and error. */
export function described(id: string, error?: string, hint?: string) {
  const by = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': by || undefined };
}

/** The id of a field's input: the API's field path with dots as dashes ("contact.email" is #contact-email). */
export function inputId(field: string): string {
  return field.replace(/\./g, '-');
}

/**
 * The errors at the top of a form, focused when they appear, each a link to its field; titled and worded in the
 * console's language unless told otherwise.
 */
export function ErrorSummary({ title, fields: fieldErrors, general, labels, line }:
  { title?: string; fields: Record<string, string>; general: string[]; labels: Record<string, string>;
    line?: (field: string, message: string) => string }) {
  // the console's words by default; a page outside the console (signup) passes its own title and line
  const t = useContext(ServicesContext)?.t;
  const said = line ?? ((field: string, message: string) => t?.t('lead.new.fieldError', { field, message })
    ?? `${field}: ${message}`);
  const box = useRef<HTMLDivElement>(null);
  const count = Object.keys(fieldErrors).length + general.length;
  useEffect(() => { if (count > 0) box.current?.focus(); }, [count, fieldErrors, general]);
  if (count === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box}>
      <h2>{title ?? t?.t('lead.new.errors')}</h2>
      <ul>
        {general.map(text => <li key={text}>{text}</li>)}
        {Object.entries(fieldErrors).map(([field, text]) => (
          <li key={field}><a href={`#${inputId(field)}`}>{said(labels[field] ?? field, text)}</a></li>
        ))}
      </ul>
    </div>
  );
}

/** A short message after an action; polite, so it does not interrupt. */
export function Notice({ children, kind = 'info' }: { children: ComponentChildren; kind?: 'info' | 'warning' }) {
  return <div class={`notice notice-${kind}`} role="status">{children}</div>;
}

/** A form's confirm and cancel buttons, stacked on a phone. */
export function FormActions({ busy, confirm, cancel, onCancel }: { busy: boolean; confirm: string; cancel: string;
  onCancel: () => void }) {
  return (
    <div class="actions">
      <button type="submit" class="primary" disabled={busy}>{confirm}</button>
      <button type="button" onClick={onCancel}>{cancel}</button>
    </div>
  );
}
