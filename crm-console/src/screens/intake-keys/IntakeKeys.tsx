import { useEffect, useState } from 'preact/hooks';
import { INTAKE_CHANNELS, type IntakeKey } from '../../api/types';
import { useColleagues, useServices } from '../../services';
import { described, Field } from '../../ui/forms';
import { PageFrame } from '../../ui/page-frame';
import { nameOf } from '../../ui/names';
import { ShownOnce } from '../../ui/shown-once';
import { useAction } from '../../ui/use-action';

const FIELDS = ['name', 'channel', 'reason'];

/**
 * The keys the tenant's web forms and marketplaces send leads with (X-Intake-Key to POST /intake/leads). A new
 * key is shown once, to copy into the form; afterwards only its name, when it was last used and who revoked it.
 */
export function IntakeKeys() {
  const { api, t, session } = useServices();
  const people = useColleagues();
  const [keys, setKeys] = useState<IntakeKey[] | null>(null);
  const [issued, setIssued] = useState<IntakeKey | null>(null);
  const [form, setForm] = useState({ name: '', channel: 'WEB_FORM' });
  // revoking stops a live form from sending leads: asked once more, beside the key
  const [confirming, setConfirming] = useState<string | null>(null);

  async function load() { setKeys(await api.intakeKeys()); }
  const { busy, errors, notice, run } = useAction(FIELDS, load);
  useEffect(() => { void load().catch(() => setKeys([])); }, []);
  const labels = { name: t.t('intakeKeys.name'), channel: t.t('intakeKeys.channel'), reason: t.t('intakeKeys.reason') };
  const who = (id?: string | null) => nameOf(people, id, session.user.id, t.t('lead.ownerYou'), '—');

  return (
    <PageFrame id="keys" title={t.t('admin.intakeKeys')} help={t.t('intakeKeys.help')} notice={notice} errors={errors} labels={labels}>
      {issued?.key && <ShownOnce id="new-key" title={t.t('intakeKeys.issued', { name: issued.name })}
        help={t.t('intakeKeys.copyOnce')} label={t.t('intakeKeys.key')} value={issued.key} />}
      <form class="card" noValidate aria-labelledby="issue-title" onSubmit={event => {
        event.preventDefault();
        void run(async () => {
          setIssued(await api.issueIntakeKey(form.name.trim(), form.channel));
          setForm(current => ({ ...current, name: '' }));
        });
      }}>
        <h2 id="issue-title">{t.t('intakeKeys.issue')}</h2>
        <Field id="name" label={labels.name} error={errors.fields.name} hint={t.t('intakeKeys.nameHint')}>
          <input {...described('name', errors.fields.name, t.t('intakeKeys.nameHint'))} value={form.name}
            onInput={e => setForm({ ...form, name: (e.target as HTMLInputElement).value })} />
        </Field>
        <Field id="channel" label={labels.channel} error={errors.fields.channel}>
          <select {...described('channel', errors.fields.channel)} value={form.channel}
            onChange={e => setForm({ ...form, channel: (e.target as HTMLSelectElement).value })}>
            {INTAKE_CHANNELS.map(c => <option key={c} value={c}>{t.optional(`source.${c}`) ?? c}</option>)}
          </select>
        </Field>
        <button type="submit" class="primary" disabled={busy}>{t.t('intakeKeys.issueButton')}</button>
      </form>
      <section class="card" aria-labelledby="keys-list">
        <h2 id="keys-list">{t.t('intakeKeys.list')}</h2>
        {!keys ? <p aria-busy="true">{t.t('app.loading')}</p> : keys.length === 0 ? <p>{t.t('intakeKeys.none')}</p> : (
          <ul class="plain rows">
            {keys.map(key => (
              <li key={key.id}>
                <span class="who"><strong>{key.name}</strong>
                  <br /><span class="hint">{t.optional(`source.${key.channel.toUpperCase()}`) ?? key.channel}
                    {' · '}{key.lastUsedAt ? t.t('intakeKeys.lastUsed', { when: t.dateTime(key.lastUsedAt) })
                      : t.t('intakeKeys.neverUsed')}</span></span>
                {key.revokedAt ? (
                  <span class="badge">{t.t('intakeKeys.revoked', { who: who(key.revokedBy),
                    when: t.date(key.revokedAt) })}</span>
                ) : confirming === key.id ? (
                  <span class="confirm" role="group" aria-label={t.t('intakeKeys.revokeOf', { name: key.name })}>
                    <span>{t.t('intakeKeys.revokeWarning')}</span>
                    <button type="button" class="danger" disabled={busy}
                      onClick={() => void run(() => api.revokeIntakeKey(key, t.t('intakeKeys.revokedInConsole')),
                        t.t('intakeKeys.revokeDone', { name: key.name })).then(() => setConfirming(null))}>
                      {t.t('intakeKeys.revokeConfirm')}</button>
                    <button type="button" onClick={() => setConfirming(null)}>{t.t('lead.cancel')}</button>
                  </span>
                ) : (
                  <button type="button" disabled={busy} aria-label={t.t('intakeKeys.revokeOf', { name: key.name })}
                    onClick={() => setConfirming(key.id)}>{t.t('intakeKeys.revoke')}</button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageFrame>
  );
}
