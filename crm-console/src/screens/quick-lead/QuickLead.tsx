import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { formErrors, type FormErrors } from '../../api/problem';
import { SOURCE_CHANNELS, type DuplicateMatch, type Lead, type NewLead, type SourceChannel } from '../../api/types';
import { countries } from '../../i18n/countries';
import type { MessageKey } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { useServices } from '../../services';
import { evidenceLines } from '../../ui/evidence';
import { described, ErrorSummary, Field, inputId, Notice } from '../../ui/forms';
import { leadEntry, type LeadEntry } from './lead-entry';

const FIELDS = ['contact.personName', 'contact.companyName', 'contact.phone', 'contact.email', 'country'] as const;
const LAST_SOURCE = 'crm.quickLead.source';
const LAST_COUNTRY = 'crm.quickLead.country';

type Outcome = { kind: 'saved'; lead: Lead } | { kind: 'queued' } | null;

/**
 * An inquiry in under a minute, on a phone: five inputs (name, company, phone, email, country), the source
 * remembered from the last lead. Possible duplicates show while typing; the lead is kept on the device first and
 * sent with its Idempotency-Key, so no connection loses nothing and a retry doubles nothing.
 */
export function QuickLead({ fix }: { fix?: string }) {
  const { api, t, outbox, flushOutbox } = useServices();
  const fixing = fix ? outbox.pending().find(entry => entry.key === fix) : undefined;
  const [entry, setEntry] = useState<LeadEntry>(() => fixing ? leadEntry.from(fixing.lead) : leadEntry.empty(
    (localStorage.getItem(LAST_SOURCE) as SourceChannel | null) ?? 'TRADE_SHOW', localStorage.getItem(LAST_COUNTRY) ?? ''));
  const [errors, setErrors] = useState<FormErrors>(() => fixing?.problem
    ? formErrors(fixing.problem, t, FIELDS) : { fields: {}, general: [] });
  const [choosingSource, setChoosingSource] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [duplicates, setDuplicates] = useState<DuplicateMatch[]>([]);
  const firstInput = useRef<HTMLInputElement>(null);
  const countryList = useMemo(() => countries(t.locale), [t.locale]);
  const labels = Object.fromEntries(FIELDS.map(f => [f, t.t(`field.${f}` as MessageKey)]));

  const set = (field: keyof LeadEntry) => (event: Event) =>
    setEntry(current => ({ ...current, [field]: (event.target as HTMLInputElement).value }));

  // who this may already be, asked once the identifying fields settle (the server decides; this only warns)
  const identity = `${entry.email}|${entry.phone}|${entry.companyName}|${entry.personName}`;
  useEffect(() => {
    if (!leadEntry.identifies(entry)) { setDuplicates([]); return; }
    const timer = setTimeout(() => {
      api.possibleDuplicates(leadEntry.toCheck(entry)).then(setDuplicates).catch(() => setDuplicates([]));
    }, 400);
    return () => clearTimeout(timer);
  }, [identity]);

  async function save(addAnother: boolean) {
    setSaving(true);
    setOutcome(null);
    const lead: NewLead = leadEntry.toNewLead(entry, new Date());
    if (fixing) outbox.discard(fixing.key);
    const pending = outbox.add(lead);
    localStorage.setItem(LAST_SOURCE, entry.source);
    if (entry.country) localStorage.setItem(LAST_COUNTRY, entry.country);
    try {
      const result = await outbox.send(api, pending);
      if (result.outcome === 'refused') {
        outbox.discard(pending.key); // the user is here to mend it
        setErrors(formErrors(result.problem, t, FIELDS));
        return;
      }
      setErrors({ fields: {}, general: [] });
      if (result.outcome === 'waiting') {
        setOutcome({ kind: 'queued' });
      } else if (!addAnother) {
        navigate(`/leads/${result.lead.id}`);
        return;
      } else {
        setOutcome({ kind: 'saved', lead: result.lead });
      }
      setEntry(leadEntry.empty(entry.source, entry.country));
      setDuplicates([]);
      firstInput.current?.focus();
    } catch (e) {
      setErrors(formErrors(e instanceof ApiError ? e.problem : { status: 500 }, t, FIELDS));
    } finally {
      setSaving(false);
      void flushOutbox();
    }
  }

  return (
    <section aria-labelledby="quick-lead-title">
      <h1 id="quick-lead-title">{t.t('lead.new.title')}</h1>
      <p class="hint">{t.t('lead.new.help')}</p>
      {outcome?.kind === 'saved' && (
        <Notice>{t.t('lead.new.saved', { name: outcome.lead.contact.personName ?? outcome.lead.contact.companyName ?? '' })}{' '}
          <Link href={`/leads/${outcome.lead.id}`}>{t.t('lead.new.open')}</Link></Notice>
      )}
      {outcome?.kind === 'queued' && <Notice kind="warning">{t.t('lead.new.queued')}</Notice>}
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <form noValidate onSubmit={event => { event.preventDefault(); void save(false); }}>
        <Field id={inputId('contact.personName')} label={labels['contact.personName']} error={errors.fields['contact.personName']}>
          <input ref={firstInput} {...described(inputId('contact.personName'), errors.fields['contact.personName'])}
            name="personName" autocomplete="off" autocapitalize="words" value={entry.personName} onInput={set('personName')} />
        </Field>
        <Field id={inputId('contact.companyName')} label={labels['contact.companyName']} error={errors.fields['contact.companyName']}>
          <input {...described(inputId('contact.companyName'), errors.fields['contact.companyName'])}
            name="companyName" autocomplete="off" value={entry.companyName} onInput={set('companyName')} />
        </Field>
        <Field id={inputId('contact.phone')} label={labels['contact.phone']} error={errors.fields['contact.phone']}>
          <input {...described(inputId('contact.phone'), errors.fields['contact.phone'])} type="tel" inputMode="tel"
            name="phone" autocomplete="off" value={entry.phone} onInput={set('phone')} />
        </Field>
        <Field id={inputId('contact.email')} label={labels['contact.email']} error={errors.fields['contact.email']}>
          <input {...described(inputId('contact.email'), errors.fields['contact.email'])} type="email" inputMode="email"
            name="email" autocomplete="off" autocapitalize="none" spellcheck={false} value={entry.email} onInput={set('email')} />
        </Field>
        <Field id={inputId('country')} label={labels.country} error={errors.fields.country}>
          <select {...described(inputId('country'), errors.fields.country)} name="country" value={entry.country}
            onChange={set('country')}>
            <option value="">{t.t('field.chooseCountry')}</option>
            {countryList.map(c => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
        </Field>

        <div class="source">
          {choosingSource ? (
            <Field id="source" label={t.t('field.source')} error={errors.fields.source}>
              <select {...described('source', errors.fields.source)} value={entry.source}
                onChange={event => { set('source')(event); setChoosingSource(false); }}>
                {SOURCE_CHANNELS.map(s => <option key={s} value={s}>{t.t(`source.${s}` as MessageKey)}</option>)}
              </select>
            </Field>
          ) : (
            <p>{t.t('lead.new.source', { source: t.t(`source.${entry.source}` as MessageKey) })}{' '}
              <button type="button" class="link" onClick={() => setChoosingSource(true)}>{t.t('lead.new.changeSource')}</button></p>
          )}
        </div>

        {duplicates.length > 0 && (
          <aside class="duplicates" aria-labelledby="duplicates-title">
            <h2 id="duplicates-title">{t.t('lead.new.duplicates')}</h2>
            <ul>
              {duplicates.slice(0, 3).map(match => (
                <li key={match.id}>
                  {match.type === 'lead' ? <Link href={`/leads/${match.id}`}>{t.t(`record.${match.type}`)}</Link>
                    : <strong>{t.t(`record.${match.type}`)}</strong>}
                  {' '}({match.sure ? t.t('lead.new.duplicateSure') : t.t('lead.new.duplicatePossible')}):{' '}
                  <ul class="evidence">
                    {evidenceLines(t, match).map(line => (
                      <li key={line.text} class={line.against ? 'against' : undefined}>
                        {line.against && <span class="visually-hidden">{t.t('duplicate.against')}: </span>}
                        {line.text}
                      </li>))}
                  </ul>
                </li>
              ))}
            </ul>
          </aside>
        )}

        <div class="actions">
          <button type="submit" class="primary" disabled={saving}>{saving ? t.t('lead.new.saving') : t.t('lead.new.save')}</button>
          <button type="button" disabled={saving} onClick={() => void save(true)}>{t.t('lead.new.saveAndAdd')}</button>
        </div>
      </form>
      <p class="hint"><Link href="/imports">{t.t('lead.new.importList')}</Link></p>
    </section>
  );
}
