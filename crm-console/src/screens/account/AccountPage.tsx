import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { formErrors } from '../../api/problem';
import { ACCOUNT_TIERS, BUYING_ROLES, INCOTERMS, LIFECYCLES, PAYMENT_TERMS, type Account, type AccountContact,
  type Activity, type PaymentRisk } from '../../api/types';
import { countries } from '../../i18n/countries';
import type { MessageKey } from '../../i18n/i18n';
import { useColleagues, useServices } from '../../services';
import { nameOf } from '../../ui/names';
import { described, ErrorSummary, Field, FormActions, Notice } from '../../ui/forms';
import { Timeline } from '../../ui/timeline';
import { useAction } from '../../ui/use-action';
import { contactForm, newContact, profileChanges, profileOf, type PersonDetails, type ProfileForm } from './account-edit';

const FIELDS = ['name', 'tier', 'lifecycle', 'country', 'website', 'tradeTerms', 'paymentPreference',
  'contact-name', 'email', 'phone', 'role'];

/**
 * One account: who it is, whose, how much its payments are to be watched and why, the people there (tap to call
 * or mail; add the one met at the fair), its profile to correct, and its whole story (its contacts', deals' and
 * leads' activities too).
 */
export function AccountPage({ id }: { id: string }) {
  const { api, t, session } = useServices();
  const people = useColleagues();
  const [account, setAccount] = useState<Account | null>(null);
  const [contacts, setContacts] = useState<AccountContact[]>([]);
  const [risk, setRisk] = useState<PaymentRisk | null>(null);
  const [story, setStory] = useState<Activity[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  /** What is open: the profile form, a new person, or the id of the person being corrected. */
  const [step, setStep] = useState<'profile' | 'person' | { contact: string } | null>(null);

  async function load() {
    try {
      const [a, c, r, s] = await Promise.all([api.account(id), api.accountContacts(id), api.paymentRisk(id),
        api.accountStory(id)]);
      setAccount(a); setContacts(c); setRisk(r); setStory(s.items);
    } catch (e) {
      setFailure(e instanceof ApiError ? formErrors(e.problem, t, []).general.join(' ') : t.t('problem.unreachable'));
    }
  }
  useEffect(() => { void load(); }, [id]);
  const { busy, errors, notice, run, clearErrors } = useAction(FIELDS, load, t.t('account.changedElsewhere'));

  if (failure) return <section><h1>{t.t('account.title')}</h1><Notice kind="warning">{failure}</Notice></section>;
  if (!account) return <p aria-busy="true">{t.t('app.loading')}</p>;
  const labels = Object.fromEntries(FIELDS.map(f => [f, t.optional(`account.field.${f}`) ?? f]));
  const done = async (action: () => Promise<unknown>, said: string) => { if (await run(action, said)) setStep(null); };
  return (
    <article aria-labelledby="account-title" class="record">
      <h1 id="account-title">{account.name}</h1>
      {notice && <Notice>{notice}</Notice>}
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />
      <dl class="facts">
        {account.country && <><dt>{t.t('account.country')}</dt><dd>{t.country(account.country)}</dd></>}
        <dt>{t.t('lead.owner')}</dt><dd>{nameOf(people, account.owner, session.user.id, t.t('lead.ownerYou'),
          t.t('lead.ownerNobody'))}</dd>
        <dt>{t.t('account.tier')}</dt><dd>{account.tier}</dd>
        <dt>{t.t('account.field.lifecycle')}</dt><dd>{t.t(`lifecycle.${account.lifecycle}` as MessageKey)}</dd>
        {account.website && <><dt>{t.t('account.website')}</dt><dd>{account.website}</dd></>}
        {(account.tradeTerms || account.paymentPreference) && <><dt>{t.t('deal.terms')}</dt><dd>{[account.tradeTerms,
          account.paymentPreference && t.t(`paymentTerms.${account.paymentPreference}` as MessageKey)]
          .filter(Boolean).join(' · ')}</dd></>}
      </dl>
      {step === null && (
        <div class="actions wrap">
          <button type="button" disabled={busy} onClick={() => { clearErrors(); setStep('person'); }}>{t.t('account.addPerson')}</button>
          <button type="button" disabled={busy} onClick={() => { clearErrors(); setStep('profile'); }}>{t.t('account.edit')}</button>
        </div>
      )}
      {step === 'profile' && (
        <ProfileFormView account={account} busy={busy} errors={errors.fields}
          onCancel={() => { setStep(null); clearErrors(); }}
          onConfirm={form => void done(() => api.editAccount(account, profileChanges(account, form)), t.t('account.saved'))} />
      )}
      {step === 'person' && (
        <PersonForm busy={busy} errors={errors.fields} onCancel={() => { setStep(null); clearErrors(); }}
          onConfirm={person => void done(() => api.addContact(account, newContact(person), crypto.randomUUID()),
            t.t('account.personAdded', { name: person.name.trim() || person.email.trim() || person.phone.trim() }))} />
      )}

      {risk && (
        <section aria-labelledby="risk-title" class={`risk risk-${risk.level.toLowerCase()}`}>
          <h2 id="risk-title">{t.t('account.paymentRisk')}: <span class="badge" data-testid="payment-risk">
            {t.t(`risk.${risk.level}` as MessageKey)}</span></h2>
          {risk.reasons.length > 0 && (
            <ul class="plain">{risk.reasons.map(r => (
              <li key={`${r.order}-${r.instalment}`}>{t.t(`risk.reason.${r.code}` as MessageKey, { order: r.order,
                instalment: r.instalment, amount: t.money(r.outstanding.amount, r.outstanding.currency),
                days: r.daysLate, due: t.date(r.due) })}</li>))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="contacts-title">
        <h2 id="contacts-title">{t.t('account.contacts')}</h2>
        {contacts.length === 0 ? <p class="hint">{t.t('account.noContacts')}</p> : (
          <ul class="plain">
            {contacts.map(contact => (
              <li key={contact.id} id={`contact-${contact.id}`}>
                <strong>{contact.name ?? contact.email ?? contact.phone}</strong>
                {contact.role && contact.role !== 'OTHER' && <span class="badge">{t.optional(`buyingRole.${contact.role}`) ?? contact.role}</span>}
                {contact.phone && <a href={`tel:${contact.phone}`}>{contact.phone}</a>}
                {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
                {step === null && (
                  <button type="button" class="link" disabled={busy} onClick={() => { clearErrors(); setStep({ contact: contact.id }); }}
                    aria-label={t.t('account.correctPersonNamed', { name: contact.name ?? contact.email ?? contact.phone ?? '' })}>
                    {t.t('account.correctPerson')}</button>)}
                {typeof step === 'object' && step?.contact === contact.id && (
                  <PersonForm person={contactForm(contact)} title={t.t('account.correctPerson')}
                    confirm={t.t('account.savePersonDetails')} busy={busy} errors={errors.fields}
                    onCancel={() => { setStep(null); clearErrors(); }}
                    onConfirm={person => void done(() => api.editContact(account, contact, newContact(person)),
                      t.t('account.personSaved', { name: person.name.trim() || person.email.trim() || person.phone.trim() }))} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <Timeline activities={story} />
    </article>
  );
}

function ProfileFormView({ account, busy, errors, onConfirm, onCancel }: { account: Account; busy: boolean;
  errors: Record<string, string>; onConfirm: (form: ProfileForm) => void; onCancel: () => void }) {
  const { t } = useServices();
  const [form, setForm] = useState<ProfileForm>(() => profileOf(account));
  const set = (field: keyof ProfileForm) => (e: Event) =>
    setForm(current => ({ ...current, [field]: (e.target as HTMLInputElement).value }));
  const label = (field: string) => t.t(`account.field.${field}` as MessageKey);
  return (
    <form class="card" noValidate aria-labelledby="profile-title" onSubmit={e => { e.preventDefault(); onConfirm(form); }}>
      <h2 id="profile-title">{t.t('account.edit')}</h2>
      <Field id="name" label={label('name')} error={errors.name}>
        <input {...described('name', errors.name)} value={form.name} onInput={set('name')} />
      </Field>
      <Field id="tier" label={label('tier')} error={errors.tier}>
        <select {...described('tier', errors.tier)} value={form.tier} onChange={set('tier')}>
          {ACCOUNT_TIERS.map(tier => <option key={tier} value={tier}>{tier}</option>)}
        </select>
      </Field>
      <Field id="lifecycle" label={label('lifecycle')} error={errors.lifecycle}>
        <select {...described('lifecycle', errors.lifecycle)} value={form.lifecycle} onChange={set('lifecycle')}>
          {LIFECYCLES.map(l => <option key={l} value={l}>{t.t(`lifecycle.${l}` as MessageKey)}</option>)}
        </select>
      </Field>
      <Field id="country" label={label('country')} error={errors.country}>
        <select {...described('country', errors.country)} value={form.country} onChange={set('country')}>
          <option value="">{t.t('field.chooseCountry')}</option>
          {countries(t.locale).map(c => <option key={c.code} value={c.code}>{c.name}</option>)}
        </select>
      </Field>
      <Field id="website" label={label('website')} error={errors.website}>
        <input {...described('website', errors.website)} type="url" inputMode="url" value={form.website} onInput={set('website')} />
      </Field>
      <Field id="tradeTerms" label={label('tradeTerms')} error={errors.tradeTerms}>
        <select {...described('tradeTerms', errors.tradeTerms)} value={form.tradeTerms} onChange={set('tradeTerms')}>
          <option value="">—</option>
          {INCOTERMS.map(term => <option key={term} value={term}>{term}</option>)}
        </select>
      </Field>
      <Field id="paymentPreference" label={label('paymentPreference')} error={errors.paymentPreference}>
        <select {...described('paymentPreference', errors.paymentPreference)} value={form.paymentPreference}
          onChange={set('paymentPreference')}>
          <option value="">—</option>
          {PAYMENT_TERMS.map(term => <option key={term} value={term}>{t.t(`paymentTerms.${term}` as MessageKey)}</option>)}
        </select>
      </Field>
      <FormActions busy={busy} confirm={t.t('account.save')} cancel={t.t('lead.cancel')} onCancel={onCancel} />
    </form>
  );
}

const NOBODY: PersonDetails = { name: '', email: '', phone: '', role: '' };

/**
 * Someone else met at the customer, or a person's details corrected: a name, an email or a phone is enough; tel
 * and email keyboards on a phone.
 */
function PersonForm({ person: initial = NOBODY, title, confirm, busy, errors, onConfirm, onCancel }: {
  person?: PersonDetails; title?: string; confirm?: string; busy: boolean; errors: Record<string, string>;
  onConfirm: (person: PersonDetails) => void; onCancel: () => void }) {
  const { t } = useServices();
  const [person, setPerson] = useState<PersonDetails>(initial);
  const set = (field: keyof typeof person) => (e: Event) =>
    setPerson(current => ({ ...current, [field]: (e.target as HTMLInputElement).value }));
  const nameError = errors['contact-name'] ?? errors.name;
  return (
    <form class="card" noValidate aria-labelledby="person-title" onSubmit={e => { e.preventDefault(); onConfirm(person); }}>
      <h2 id="person-title">{title ?? t.t('account.addPerson')}</h2>
      <Field id="contact-name" label={t.t('account.field.contact-name')} error={nameError}>
        <input {...described('contact-name', nameError)} autocomplete="off" value={person.name} onInput={set('name')} />
      </Field>
      <Field id="email" label={t.t('account.field.email')} error={errors.email}>
        <input {...described('email', errors.email)} type="email" inputMode="email" autocomplete="off" value={person.email}
          onInput={set('email')} />
      </Field>
      <Field id="phone" label={t.t('account.field.phone')} error={errors.phone}>
        <input {...described('phone', errors.phone)} type="tel" inputMode="tel" autocomplete="off" value={person.phone}
          onInput={set('phone')} />
      </Field>
      <Field id="role" label={t.t('account.field.role')} error={errors.role}>
        <select {...described('role', errors.role)} value={person.role} onChange={set('role')}>
          <option value="">—</option>
          {BUYING_ROLES.map(r => <option key={r} value={r}>{t.t(`buyingRole.${r}` as MessageKey)}</option>)}
        </select>
      </Field>
      <FormActions busy={busy} confirm={confirm ?? t.t('account.savePerson')} cancel={t.t('lead.cancel')} onCancel={onCancel} />
    </form>
  );
}
