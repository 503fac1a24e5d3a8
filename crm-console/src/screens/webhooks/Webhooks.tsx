import { useEffect, useState } from 'preact/hooks';
import { WEBHOOK_EVENTS, type WebhookDelivery, type WebhookEndpoint } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';
import { useServices } from '../../services';
import { described, Field } from '../../ui/forms';
import { PageFrame } from '../../ui/page-frame';
import { ShownOnce } from '../../ui/shown-once';
import { useAction } from '../../ui/use-action';

const FIELDS = ['url', 'events', 'description'];

/**
 * Where the tenant's other systems (an ERP, a chat channel) hear of new leads, won deals, orders and payments.
 * The signing secret is shown once; each endpoint's latest deliveries say whether it answers.
 */
export function Webhooks() {
  const { api, t } = useServices();
  const [endpoints, setEndpoints] = useState<WebhookEndpoint[] | null>(null);
  const [registered, setRegistered] = useState<WebhookEndpoint | null>(null);
  const [form, setForm] = useState({ url: '', description: '', events: new Set<string>(['lead.received']) });
  const [log, setLog] = useState<{ endpoint: string; deliveries: WebhookDelivery[] } | null>(null);

  async function load() { setEndpoints(await api.webhooks()); }
  const { busy, errors, notice, run } = useAction(FIELDS, load);
  useEffect(() => { void load().catch(() => setEndpoints([])); }, []);
  const labels = { url: t.t('webhooks.url'), events: t.t('webhooks.events'), description: t.t('webhooks.description') };
  const eventName = (event: string) => t.optional(`webhooks.event.${event}`) ?? event;

  function toggle(event: string) {
    setForm(current => {
      const events = new Set(current.events);
      if (events.has(event)) events.delete(event); else events.add(event);
      return { ...current, events };
    });
  }

  return (
    <PageFrame id="hooks" title={t.t('admin.webhooks')} help={t.t('webhooks.help')} notice={notice} errors={errors} labels={labels}>
      {registered?.secret && <ShownOnce id="new-secret" title={t.t('webhooks.registered', { url: registered.url })}
        help={t.t('webhooks.copyOnce')} label={t.t('webhooks.secret')} value={registered.secret} />}
      <form class="card" noValidate aria-labelledby="register-title" onSubmit={event => {
        event.preventDefault();
        void run(async () => {
          setRegistered(await api.registerWebhook(form.url.trim(), [...form.events], form.description.trim()));
          setForm(current => ({ ...current, url: '', description: '' }));
        });
      }}>
        <h2 id="register-title">{t.t('webhooks.register')}</h2>
        <Field id="url" label={labels.url} error={errors.fields.url} hint={t.t('webhooks.urlHint')}>
          <input {...described('url', errors.fields.url, t.t('webhooks.urlHint'))} type="url" inputMode="url"
            autocomplete="off" value={form.url} onInput={e => setForm({ ...form, url: (e.target as HTMLInputElement).value })} />
        </Field>
        <fieldset class={errors.fields.events ? 'field field-error' : 'field'} aria-describedby={errors.fields.events ? 'events-error' : undefined}>
          <legend id="events">{labels.events}</legend>
          {errors.fields.events && <p class="error" id="events-error">{errors.fields.events}</p>}
          {WEBHOOK_EVENTS.map(event => (
            <label key={event} class="choice">
              <input type="checkbox" checked={form.events.has(event)} onChange={() => toggle(event)} />
              {' '}{eventName(event)} <code>{event}</code>
            </label>
          ))}
        </fieldset>
        <Field id="description" label={labels.description} error={errors.fields.description}>
          <input {...described('description', errors.fields.description)} value={form.description}
            onInput={e => setForm({ ...form, description: (e.target as HTMLInputElement).value })} />
        </Field>
        <button type="submit" class="primary" disabled={busy}>{t.t('webhooks.registerButton')}</button>
      </form>
      <section class="card" aria-labelledby="hooks-list">
        <h2 id="hooks-list">{t.t('webhooks.list')}</h2>
        {!endpoints ? <p aria-busy="true">{t.t('app.loading')}</p> : endpoints.length === 0 ? <p>{t.t('webhooks.none')}</p> : (
          <ul class="plain rows">
            {endpoints.map(endpoint => (
              <li key={endpoint.id}>
                <span class="who"><strong class="url">{endpoint.url}</strong>
                  <br /><span class="hint">{endpoint.description ? `${endpoint.description} · ` : ''}
                    {endpoint.events.map(eventName).join(', ')}</span>
                  {!endpoint.active && <><br /><span class="hint">{t.t('webhooks.disabledWhy', {
                    reason: endpoint.disabledReason ?? '—' })}</span></>}</span>
                <span class="badge">{endpoint.active ? t.t('webhooks.active') : t.t('webhooks.disabled')}
                  {endpoint.failures > 0 ? ` · ${t.t('webhooks.failures', { n: endpoint.failures })}` : ''}</span>
                <span class="actions wrap">
                  <button type="button" disabled={busy} onClick={() => void run(async () => setLog({ endpoint: endpoint.id,
                    deliveries: await api.webhookDeliveries(endpoint) }))}>{t.t('webhooks.showLog')}</button>
                  <button type="button" disabled={busy} onClick={() => void run(() => api.setWebhookActive(endpoint, !endpoint.active,
                    t.t('webhooks.disabledInConsole')),
                    t.t(endpoint.active ? 'webhooks.disabledDone' : 'webhooks.enabledDone', { url: endpoint.url }))}>
                    {endpoint.active ? t.t('webhooks.disable') : t.t('webhooks.enable')}</button>
                </span>
                {log?.endpoint === endpoint.id && <DeliveryLog deliveries={log.deliveries} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageFrame>
  );
}

function DeliveryLog({ deliveries }: { deliveries: WebhookDelivery[] }) {
  const { t } = useServices();
  if (deliveries.length === 0) return <p class="hint log">{t.t('webhooks.noDeliveries')}</p>;
  return (
    <ul class="plain log" aria-label={t.t('webhooks.log')}>
      {deliveries.map(d => (
        <li key={d.id}>
          <span>{t.optional(`webhooks.event.${d.event}`) ?? d.event} · {t.dateTime(d.createdAt)}</span>
          <span class="badge">{t.optional(`webhooks.status.${d.status}` as MessageKey) ?? d.status}</span>
          <span class="hint">{t.t('webhooks.attempts', { n: d.attempts })}{d.lastOutcome ? ` · ${d.lastOutcome}` : ''}</span>
        </li>
      ))}
    </ul>
  );
}
