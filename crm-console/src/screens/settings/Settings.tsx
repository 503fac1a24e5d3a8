import { useEffect, useState } from 'preact/hooks';
import type { TenantSettings } from '../../api/types';
import { useServices } from '../../services';
import { ErrorSummary } from '../../ui/forms';
import { PageFrame } from '../../ui/page-frame';
import { useAction } from '../../ui/use-action';
import { byArea } from './settings';

/**
 * The tenant's own rules (response times, business hours, when a deal turns red, duplicate handling, payment
 * grace): each in force now, whether the tenant set it or the platform's default applies. The service checks
 * each value, audits the change and applies it to the next request; a refused value is said beside it.
 */
export function Settings() {
  const { api, t } = useServices();
  const [settings, setSettings] = useState<TenantSettings | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<string | null>(null);

  async function load() {
    const next = await api.settings();
    setSettings(next);
    setEdits({ ...next.settings });
  }
  // a refused value's violation names the setting's key
  const { busy, errors, notice, run, clearErrors } = useAction(settings?.known ?? [], load);
  useEffect(() => { void load().catch(() => setSettings({ settings: {}, own: {}, known: [] })); }, []);
  if (!settings) return <p aria-busy="true">{t.t('app.loading')}</p>;

  const label = (key: string) => t.optional(`setting.${key}`) ?? key;
  const save = (key: string) => {
    setSaving(key);
    void run(() => api.changeSetting(key, (edits[key] ?? '').trim()), t.t('settings.saved', { name: label(key) }));
  };
  const errorOf = (key: string): string | undefined => errors.fields[key];
  const refused = settings.known.filter(key => errorOf(key));

  return (
    <PageFrame id="settings" title={t.t('admin.settings')} help={t.t('settings.help')} notice={notice}>
      <ErrorSummary fields={Object.fromEntries(refused.map(key =>
        [inputOf(key), errorOf(key)!]))} general={errors.general}
        labels={Object.fromEntries(refused.map(key => [inputOf(key), label(key)]))} />
      {byArea(settings.known).map(({ area, keys }) => (
        <section key={area} class="card" aria-labelledby={`area-${area}`}>
          <h2 id={`area-${area}`}>{t.optional(`settings.area.${area}`) ?? area}</h2>
          {keys.map(key => {
            const id = inputOf(key);
            const error = errorOf(key);
            const own = key in settings.own;
            const changed = (edits[key] ?? '') !== (settings.settings[key] ?? '');
            return (
              <form key={key} class={error ? 'field setting field-error' : 'field setting'} noValidate
                onSubmit={event => { event.preventDefault(); save(key); }}>
                <label for={id}>{label(key)}</label>
                <p class="hint" id={`${id}-hint`}>{own ? t.t('settings.own') : t.t('settings.default')} · <code>{key}</code></p>
                {error && <p class="error" id={`${id}-error`}>{error}</p>}
                <div class="inline">
                  <input id={id} value={edits[key] ?? ''} placeholder={t.t('settings.unset')} aria-invalid={error ? true : undefined}
                    aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
                    onInput={e => { if (saving === key) clearErrors(); setEdits({ ...edits, [key]: (e.target as HTMLInputElement).value }); }} />
                  <button type="submit" disabled={busy || !changed}
                    aria-label={t.t('settings.saveOf', { name: label(key) })}>{t.t('settings.save')}</button>
                </div>
              </form>
            );
          })}
        </section>
      ))}
    </PageFrame>
  );
}

/** "crm.sla.first-response" is the input #setting-crm-sla-first-response. */
function inputOf(key: string): string {
  return `setting-${key.replace(/\./g, '-')}`;
}
