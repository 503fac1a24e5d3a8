import { useState } from 'preact/hooks';
import { ApiError, Unreachable } from '../../api/client';
import { formErrors, type FormErrors } from '../../api/problem';
import type { ApiClient } from '../../api/client';
import type { Translator } from '../../i18n/i18n';
import { described, ErrorSummary, Field } from '../../ui/forms';
import { slugOf } from './slug';

const FIELDS = ['companyName', 'slug', 'adminEmail', 'adminFirstName', 'adminLastName', 'adminPassword'];

/**
 * The public signup page: a company gets its tenant and its first admin, who then signs in (Keycloak's page,
 * the email already filled in) and lands in the console. Nothing here needs a session.
 */
export function Signup({ api, t, initialPasswords, signIn }: { api: ApiClient; t: Translator;
  initialPasswords: boolean; signIn: (email: string) => void }) {
  const [form, setForm] = useState({ companyName: '', slug: '', adminEmail: '', adminFirstName: '',
    adminLastName: '', adminPassword: '' });
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [busy, setBusy] = useState(false);
  const labels = Object.fromEntries(FIELDS.map(f => [f, t.optional(`signup.${f}`) ?? f]));

  const set = (field: keyof typeof form) => (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    setForm(current => ({ ...current, [field]: value,
      ...(field === 'companyName' && !slugEdited ? { slug: slugOf(value) } : {}) }));
    if (field === 'slug') setSlugEdited(true);
  };

  async function submit() {
    setBusy(true);
    setErrors({ fields: {}, general: [] });
    try {
      await api.signUp({ companyName: form.companyName.trim(), slug: form.slug.trim(),
        adminEmail: form.adminEmail.trim(), adminFirstName: form.adminFirstName.trim(),
        adminLastName: form.adminLastName.trim(),
        adminPassword: initialPasswords && form.adminPassword ? form.adminPassword : undefined });
      signIn(form.adminEmail.trim());
    } catch (e) {
      setErrors(e instanceof Unreachable ? { fields: {}, general: [t.t('problem.unreachable')] }
        : formErrors(e instanceof ApiError ? e.problem : { status: 500 }, t, FIELDS));
      setBusy(false);
    }
  }

  const input = (field: keyof typeof form, type = 'text', extra: Record<string, unknown> = {}) => (
    <Field id={field} label={labels[field]} error={errors.fields[field]}
      hint={field === 'slug' ? t.t('signup.slugHint') : undefined}>
      <input {...described(field, errors.fields[field], field === 'slug' ? t.t('signup.slugHint') : undefined)}
        type={type} value={form[field]} onInput={set(field)} {...extra} />
    </Field>
  );

  return (
    <main id="main" class="signup">
      <h1>{t.t('signup.title')}</h1>
      <p class="hint">{t.t('signup.help')}</p>
      <ErrorSummary title={t.t('lead.new.errors')} fields={errors.fields} general={errors.general} labels={labels}
        line={(field, message) => t.t('lead.new.fieldError', { field, message })} />
      <form noValidate onSubmit={event => { event.preventDefault(); void submit(); }}>
        {input('companyName', 'text', { autocomplete: 'organization' })}
        {input('slug', 'text', { autocapitalize: 'none', spellcheck: false })}
        {input('adminEmail', 'email', { autocomplete: 'email', inputMode: 'email' })}
        {input('adminFirstName', 'text', { autocomplete: 'given-name' })}
        {input('adminLastName', 'text', { autocomplete: 'family-name' })}
        {initialPasswords ? input('adminPassword', 'password', { autocomplete: 'new-password' })
          : <p class="hint">{t.t('signup.mailHint')}</p>}
        <button type="submit" class="primary" disabled={busy}>{t.t('signup.submit')}</button>
      </form>
    </main>
  );
}
