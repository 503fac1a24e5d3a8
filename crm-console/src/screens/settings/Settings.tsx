import { useEffect, useState } from 'preact/hooks';
import type { SettingKind, TenantSettings } from '../../api/types';
import { useColleagues, useServices } from '../../services';
import { ErrorSummary } from '../../ui/forms';
import { PageFrame } from '../../ui/page-frame';
import { useAction } from '../../ui/use-action';
import { byArea, durationParts, durationText } from './settings';

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
                  <SettingInput id={id} kind={settings.kinds?.[key]} value={edits[key] ?? ''} label={label(key)}
                    error={error} onChange={value => { if (saving === key) clearErrors(); setEdits({ ...edits, [key]: value }); }} />
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

const ZONES: string[] = (Intl as unknown as { supportedValuesOf?: (what: string) => string[] })
  .supportedValuesOf?.('timeZone') ?? ['UTC'];

/**
 * The input that fits a setting's kind: a number and hours or days for a duration, a list to pick from for a
 * choice, a time zone or a person; a numeric keyboard for numbers; text for the rest (and for a duration the
 * parts cannot say, such as PT30M). It always hands back the text the service checks.
 */
function SettingInput({ id, kind, value, label, error, onChange }: { id: string; kind?: SettingKind; value: string;
  label: string; error?: string; onChange: (value: string) => void }) {
  const { t } = useServices();
  const people = useColleagues();
  const described = { id, 'aria-invalid': error ? true : undefined,
    'aria-describedby': [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ') };
  const parts = kind?.type === 'duration' ? durationParts(value) : null;
  if (parts) {
    return (
      <span class="inline">
        <input {...described} inputMode="numeric" value={parts.amount} placeholder={t.t('settings.unset')}
          onInput={e => onChange(durationText({ ...parts, amount: (e.target as HTMLInputElement).value }))} />
        <select aria-label={t.t('settings.unitOf', { name: label })} value={parts.unit}
          onChange={e => onChange(durationText({ ...parts, unit: (e.target as HTMLSelectElement).value as 'hours' | 'days' }))}>
          <option value="hours">{t.t('settings.hours')}</option>
          <option value="days">{t.t('settings.days')}</option>
        </select>
      </span>
    );
  }
  const choose = (options: { value: string; label: string }[]) => (
    <select {...described} value={value} onChange={e => onChange((e.target as HTMLSelectElement).value)}>
      {!options.some(o => o.value === value) && <option value={value}>{value || t.t('settings.unset')}</option>}
      {options.map(o => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
  if (kind?.type === 'choice') {
    return choose(kind.options.map(o => ({ value: o, label: t.optional(`settings.option.${o}`) ?? o })));
  }
  if (kind?.type === 'time-zone') return choose(ZONES.map(zone => ({ value: zone, label: zone })));
  if (kind?.type === 'person') {
    return choose(people.filter(p => p.active).map(p => ({ value: p.id, label: `${p.name} (${p.email})` })));
  }
  const numeric = kind?.type === 'number' || kind?.type === 'score' ? 'decimal' : kind?.type === 'days' ? 'numeric' : undefined;
  return (
    <input {...described} inputMode={numeric} value={value} placeholder={t.t('settings.unset')}
      onInput={e => onChange((e.target as HTMLInputElement).value)} />
  );
}
