import { render } from 'preact';
import { ApiClient } from './api/client';
import { App } from './app';
import { Session } from './auth/session';
import { loadConfig } from './config';
import { chooseLocale, savedLocale, Translator } from './i18n/i18n';
import { currentRoute } from './router';
import { Signup } from './screens/signup/Signup';
import './styles.css';

const root = document.getElementById('app')!;
root.textContent = ''; // the boot message goes; the console renders into an empty root
const locale = chooseLocale(savedLocale(localStorage), navigator.languages ?? [navigator.language]);
document.documentElement.lang = locale;

async function start() {
  try {
    const config = await loadConfig();
    if (currentRoute() === '/signup') {
      // public: a company signs up before anyone of it can sign in; its admin then signs in and lands in the console
      render(<Signup api={new ApiClient(config.apiBase, async () => '', locale)} t={new Translator(locale)}
        initialPasswords={config.initialPasswords}
        signIn={email => void Session.signIn(config, locale, email)} />, root);
      return;
    }
    const session = await Session.start(config, locale);
    render(<App session={session} config={config} initialLocale={locale} />, root);
  } catch (e) {
    // never a blank screen: say what failed and offer to try again
    const t = new Translator(locale);
    render(
      <main class="failed" role="alert">
        <h1>{t.t('app.name')}</h1>
        <p>{t.t('app.failed', { reason: e instanceof Error ? e.message : String(e) })}</p>
        <button type="button" onClick={() => window.location.reload()}>{t.t('app.retry')}</button>
      </main>, root);
  }
}

void start();
