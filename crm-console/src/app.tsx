import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiClient } from './api/client';
import type { Colleague } from './api/types';
import type { Session } from './auth/session';
import type { ConsoleConfig } from './config';
import { saveLocale, Translator, type Locale } from './i18n/i18n';
import { LeadOutbox } from './outbox/outbox';
import { Link, match, useRoute } from './router';
import { AccountPage } from './screens/account/AccountPage';
import { Admin } from './screens/admin/Admin';
import { AssignmentRules } from './screens/assignment/AssignmentRules';
import { Board } from './screens/board/Board';
import { DealPage } from './screens/deal/DealPage';
import { ImportPage } from './screens/imports/ImportPage';
import { ImportUpload } from './screens/imports/ImportUpload';
import { IntakeKeys } from './screens/intake-keys/IntakeKeys';
import { LeadPage } from './screens/lead/LeadPage';
import { MyDay } from './screens/my-day/MyDay';
import { People } from './screens/people/People';
import { PipelineEditor } from './screens/pipeline/PipelineEditor';
import { QuickLead } from './screens/quick-lead/QuickLead';
import { Search } from './screens/search/Search';
import { Settings } from './screens/settings/Settings';
import { Team } from './screens/team/Team';
import { Teams } from './screens/teams/Teams';
import { Webhooks } from './screens/webhooks/Webhooks';
import { ServicesContext, type Services } from './services';

/** How often the outbox is tried again while something waits in it, besides the browser's "online" event. */
const RETRY_EVERY_MS = 15000;

/** The console: one shell (header, navigation, language) around the screen the route names. */
export function App({ session, config, initialLocale }: { session: Session; config: ConsoleConfig;
  initialLocale: Locale }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [outboxVersion, setOutboxVersion] = useState(0);
  const route = useRoute();

  // one outbox for the session: its single-flight guard must outlive a change of language
  const outbox = useMemo(() => LeadOutbox.of(localStorage, session.user.id), []);
  // the tenant's people, asked once a session for the names of owners (again after a failure)
  const colleagues = useMemo(() => {
    let kept: Promise<Colleague[]> | null = null;
    return (api: ApiClient) => kept ??= api.colleagues().catch(() => { kept = null; return []; });
  }, []);
  const services = useMemo<Services>(() => {
    const t = new Translator(locale);
    const api = new ApiClient(config.apiBase, () => session.token(), locale);
    return {
      session, api, t, outbox, outboxVersion, colleagues: () => colleagues(api),
      setLocale: next => { saveLocale(localStorage, next); setLocale(next); },
      flushOutbox: async () => {
        const before = outbox.pending().length;
        const sent = await outbox.flush(api);
        if (sent.length > 0 || outbox.pending().length !== before) setOutboxVersion(v => v + 1);
      },
    };
  }, [locale, outboxVersion]);

  useEffect(() => { document.documentElement.lang = locale; }, [locale]);
  useEffect(() => {
    const flush = () => { void services.flushOutbox(); };
    flush();
    window.addEventListener('online', flush);
    const timer = setInterval(() => { if (services.outbox.pending().length > 0) flush(); }, RETRY_EVERY_MS);
    return () => { window.removeEventListener('online', flush); clearInterval(timer); };
  }, [services]);

  const { t } = services;
  const admin = session.has('tenant-admin');
  const path = route.split('?')[0];
  const query = new URLSearchParams(window.location.search);
  let screen;
  let params: Record<string, string> | null;
  if (path === '/') screen = <MyDay />;
  else if (path === '/leads/new') screen = <QuickLead key={query.get('fix') ?? 'new'} fix={query.get('fix') ?? undefined} />;
  else if ((params = match('/leads/:id', path))) screen = <LeadPage id={params.id} />;
  else if ((params = match('/deals/:id', path))) screen = <DealPage id={params.id} />;
  else if ((params = match('/accounts/:id', path))) screen = <AccountPage id={params.id} />;
  else if (path === '/search') screen = <Search initial={query.get('q') ?? ''} />;
  else if (path === '/board') screen = <Board />;
  else if (path === '/team' && (session.has('sales-manager') || session.has('tenant-admin'))) screen = <Team />;
  else if (path === '/imports') screen = <ImportUpload />;
  else if ((params = match('/imports/:id', path))) screen = <ImportPage id={params.id} />;
  else if (path === '/admin' && admin) screen = <Admin />;
  else if (path === '/people' && admin) screen = <People initialPasswords={config.initialPasswords} />;
  else if (path === '/admin/teams' && admin) screen = <Teams />;
  else if (path === '/admin/pipeline' && admin) screen = <PipelineEditor />;
  else if (path === '/admin/assignment' && admin) screen = <AssignmentRules />;
  else if (path === '/admin/intake-keys' && admin) screen = <IntakeKeys />;
  else if (path === '/admin/webhooks' && admin) screen = <Webhooks />;
  else if (path === '/admin/settings' && admin) screen = <Settings />;
  else screen = <section><h1>{t.t('notFound.title')}</h1><Link href="/">{t.t('notFound.back')}</Link></section>;

  const waiting = services.outbox.pending().length;
  return (
    <ServicesContext.Provider value={services}>
      <a class="skip" href="#main">{t.t('nav.skip')}</a>
      <header class="top">
        <Link href="/" class="brand">{t.t('app.name')}</Link>
        <div class="account">
          <Link href="/search" class="search-link" aria-current={path === '/search' ? 'page' : undefined}>
            {t.t('nav.search')}</Link>
          <label class="visually-hidden" for="language">{t.t('app.language')}</label>
          <select id="language" value={locale} onChange={e => services.setLocale((e.target as HTMLSelectElement).value as Locale)}>
            <option value="en" lang="en">English</option>
            <option value="zh-CN" lang="zh-CN">简体中文</option>
          </select>
          <button type="button" class="link" onClick={() => void session.logout()}>{t.t('app.signOut')}</button>
        </div>
      </header>
      <nav class="tabs" aria-label={t.t('nav.main')}>
        <Link href="/" aria-current={path === '/' ? 'page' : undefined}>{t.t('nav.myDay')}
          {waiting > 0 && <span class="count" aria-label={`${waiting}`}> {waiting}</span>}</Link>
        {(session.has('sales-manager') || session.has('tenant-admin')) && (
          <Link href="/board" aria-current={path === '/board' ? 'page' : undefined}>{t.t('nav.board')}</Link>)}
        {(session.has('sales-manager') || session.has('tenant-admin')) && (
          <Link href="/team" aria-current={path === '/team' ? 'page' : undefined}>{t.t('nav.team')}</Link>)}
        {admin && (
          <Link href="/admin" aria-current={path === '/admin' || path === '/people' || path.startsWith('/admin/')
            ? 'page' : undefined}>{t.t('nav.admin')}</Link>)}
        <Link href="/leads/new" class="new" aria-current={path === '/leads/new' ? 'page' : undefined}>+ {t.t('nav.newLead')}</Link>
      </nav>
      <main id="main" tabIndex={-1}>{screen}</main>
    </ServicesContext.Provider>
  );
}
