import { useEffect, useState } from 'preact/hooks';
import { CRM_ROLES, type Person } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';
import { useServices } from '../../services';
import { described, ErrorSummary, Field, FormActions, Notice } from '../../ui/forms';
import { useAction, useProblems } from '../../ui/use-action';

const FIELDS = ['email', 'firstName', 'lastName', 'roles', 'initialPassword', 'to', 'reason'];

/**
 * The tenant admin's people: who works in the CRM with which role, invite someone, change a role, stop or allow
 * someone's sign-in. Keycloak holds the identities; the service decides who may do what.
 */
export function People({ initialPasswords }: { initialPasswords: boolean }) {
  const { api, t, session } = useServices();
  const [people, setPeople] = useState<Person[] | null>(null);
  const [invite, setInvite] = useState({ email: '', firstName: '', lastName: '', role: 'sales-rep', password: '' });
  // someone leaving or away for long: their open work goes to a colleague, said with a reason
  const [handover, setHandover] = useState<{ from: string; to: string; reason: string } | null>(null);
  const [handedOver, setHandedOver] = useState<string | null>(null);

  const problems = useProblems(FIELDS);

  async function load() {
    try {
      setPeople((await api.people()).sort((a, b) => a.email.localeCompare(b.email)));
    } catch (e) {
      showErrors(problems(e));
    }
  }
  const { busy, errors, notice, run, showErrors } = useAction(FIELDS, load);
  useEffect(() => { void load(); }, []);

  const set = (field: keyof typeof invite) => (event: Event) =>
    setInvite(current => ({ ...current, [field]: (event.target as HTMLInputElement).value }));
  const labels = Object.fromEntries(FIELDS.map(f => [f, t.t(`people.${f}` as MessageKey)]));
  const roleName = (role: string) => t.optional(`role.${role}`) ?? role;

  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title">{t.t('people.title')}</h1>
      {notice && <Notice>{notice}</Notice>}
      {handedOver && !notice && <Notice>{handedOver}</Notice>}
      <ErrorSummary fields={errors.fields} general={errors.general} labels={labels} />

      <section class="card" aria-labelledby="invite-title">
        <h2 id="invite-title">{t.t('people.invite')}</h2>
        <form noValidate onSubmit={event => {
          event.preventDefault();
          void run(() => api.invite({ email: invite.email.trim(), firstName: invite.firstName.trim(),
            lastName: invite.lastName.trim(), roles: [invite.role],
            initialPassword: initialPasswords && invite.password ? invite.password : undefined }),
          t.t('people.invited', { email: invite.email.trim() }))
            .then(invited => invited && setInvite(current => ({ ...current, email: '', firstName: '', lastName: '',
              password: '' })));
        }}>
          <Field id="email" label={labels.email} error={errors.fields.email}>
            <input {...described('email', errors.fields.email)} type="email" inputMode="email" autocomplete="off"
              value={invite.email} onInput={set('email')} />
          </Field>
          <Field id="firstName" label={labels.firstName} error={errors.fields.firstName}>
            <input {...described('firstName', errors.fields.firstName)} value={invite.firstName} onInput={set('firstName')} />
          </Field>
          <Field id="lastName" label={labels.lastName} error={errors.fields.lastName}>
            <input {...described('lastName', errors.fields.lastName)} value={invite.lastName} onInput={set('lastName')} />
          </Field>
          <Field id="roles" label={labels.roles} error={errors.fields.roles}>
            <select {...described('roles', errors.fields.roles)} value={invite.role} onChange={set('role')}>
              {CRM_ROLES.map(role => <option key={role} value={role}>{roleName(role)}</option>)}
            </select>
          </Field>
          {initialPasswords ? (
            <Field id="initialPassword" label={labels.initialPassword} error={errors.fields.initialPassword}
              hint={t.t('people.passwordHint')}>
              <input {...described('initialPassword', errors.fields.initialPassword, t.t('people.passwordHint'))}
                type="password" autocomplete="new-password" value={invite.password} onInput={set('password')} />
            </Field>
          ) : <p class="hint">{t.t('people.mailHint')}</p>}
          <button type="submit" class="primary" disabled={busy}>{t.t('people.send')}</button>
        </form>
      </section>

      <section class="card" aria-labelledby="list-title">
        <h2 id="list-title">{t.t('people.list')}</h2>
        {!people ? <p aria-busy="true">{t.t('app.loading')}</p> : (
          <ul class="plain people">
            {people.map(person => (
              <li key={person.id}>
                <span class="who"><strong>{[person.firstName, person.lastName].filter(Boolean).join(' ') || person.email}</strong>
                  <br /><span class="hint">{person.email}</span></span>
                <span class="badge">{person.active ? t.t('people.active') : t.t('people.inactive')}</span>
                <label class="visually-hidden" for={`role-${person.id}`}>{t.t('people.roleOf', { email: person.email })}</label>
                <select id={`role-${person.id}`} value={person.roles[0] ?? ''} disabled={busy || person.id === session.user.id}
                  onChange={e => void run(() => api.changeRoles(person, [(e.target as HTMLSelectElement).value]),
                    t.t('people.rolesChanged', { email: person.email }))}>
                  {CRM_ROLES.map(role => <option key={role} value={role}>{roleName(role)}</option>)}
                </select>
                {person.id !== session.user.id && (
                  <button type="button" disabled={busy} onClick={() => void run(() => api.setActive(person, !person.active),
                    t.t(person.active ? 'people.deactivated' : 'people.reactivated', { email: person.email }))}>
                    {person.active ? t.t('people.deactivate') : t.t('people.reactivate')}</button>
                )}
                {person.id !== session.user.id && handover?.from !== person.id && (
                  <button type="button" disabled={busy} aria-label={t.t('people.handOverOf', { email: person.email })}
                    onClick={() => setHandover({ from: person.id, to: '', reason: '' })}>{t.t('people.handOver')}</button>
                )}
                {handover?.from === person.id && (
                  <form class="handover" noValidate onSubmit={event => {
                    event.preventDefault();
                    void run(async () => {
                      const done = await api.handOver(person, handover.to, handover.reason.trim());
                      setHandover(null);
                      const to = people?.find(p => p.id === done.to);
                      setHandedOver(t.t('people.handedOver', { email: person.email, to: to?.email ?? done.to,
                        counts: Object.entries(done.handedOver).map(([type, n]) =>
                          t.t(`people.handedOver.${type}` as MessageKey, { n })).join(', ') || t.t('people.handedOverNothing') }));
                    });
                  }}>
                    <Field id="to" label={t.t('people.handOverTo')} error={errors.fields.to}>
                      <select {...described('to', errors.fields.to)} value={handover.to}
                        onChange={e => setHandover({ ...handover, to: (e.target as HTMLSelectElement).value })}>
                        <option value="">{t.t('people.chooseColleague')}</option>
                        {people.filter(p => p.active && p.id !== person.id).map(p => (
                          <option key={p.id} value={p.id}>{[p.firstName, p.lastName].filter(Boolean).join(' ') || p.email}</option>))}
                      </select>
                    </Field>
                    <Field id="reason" label={t.t('people.handOverReason')} error={errors.fields.reason}>
                      <input {...described('reason', errors.fields.reason)} value={handover.reason}
                        onInput={e => setHandover({ ...handover, reason: (e.target as HTMLInputElement).value })} />
                    </Field>
                    <FormActions busy={busy} confirm={t.t('people.handOverConfirm')} cancel={t.t('lead.cancel')}
                      onCancel={() => setHandover(null)} />
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
