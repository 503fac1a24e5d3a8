import type { MessageKey } from '../../i18n/i18n';
import { Link } from '../../router';
import { useServices } from '../../services';

/** What a tenant admin looks after, each a page of its own; the words say what each is for, not how. */
const SECTIONS: { href: string; key: string }[] = [
  { href: '/people', key: 'people' },
  { href: '/admin/teams', key: 'teams' },
  { href: '/admin/pipeline', key: 'pipeline' },
  { href: '/admin/assignment', key: 'assignment' },
  { href: '/imports', key: 'imports' },
  { href: '/admin/intake-keys', key: 'intakeKeys' },
  { href: '/admin/webhooks', key: 'webhooks' },
  { href: '/admin/settings', key: 'settings' },
];

export function Admin() {
  const { t } = useServices();
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{t.t('admin.title')}</h1>
      <ul class="plain sections">
        {SECTIONS.map(section => (
          <li key={section.href} class="card">
            <Link href={section.href}><strong>{t.t(`admin.${section.key}` as MessageKey)}</strong></Link>
            <p class="hint">{t.t(`admin.${section.key}.help` as MessageKey)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
