import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { formErrors } from '../../api/problem';
import type { SearchHit } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';
import { Link } from '../../router';
import { useColleagues, useServices } from '../../services';
import { nameOf } from '../../ui/names';
import { hitLink, SEARCH_DELAY_MS, searchable } from './search';

/**
 * Find a buyer by whatever the seller remembers: part of a name or company, the email, some digits of the phone.
 * Results as they type (after a short pause), accounts first; the text is kept in the address, so back returns.
 */
export function Search({ initial }: { initial: string }) {
  const { api, t, session } = useServices();
  const people = useColleagues();
  const [text, setText] = useState(initial);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!searchable(text)) { setHits(null); return; }
    const timer = setTimeout(async () => {
      history.replaceState(null, '', `/app/search?q=${encodeURIComponent(text.trim())}`);
      try {
        setHits(await api.search(text.trim()));
        setProblem(null);
      } catch (e) {
        setProblem(e instanceof ApiError ? formErrors(e.problem, t, ['q']).fields.q
          ?? formErrors(e.problem, t, []).general.join(' ') : t.t('problem.unreachable'));
      }
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{t.t('search.title')}</h1>
      <form role="search" onSubmit={event => event.preventDefault()}>
        <div class="field">
          <label for="q">{t.t('search.label')}</label>
          <p class="hint" id="q-hint">{t.t('search.hint')}</p>
          <input id="q" type="search" aria-describedby="q-hint" autoFocus value={text} enterKeyHint="search"
            onInput={e => setText((e.target as HTMLInputElement).value)} />
        </div>
      </form>
      {problem && <p class="error" role="alert">{problem}</p>}
      {hits !== null && (
        <div aria-live="polite">
          {hits.length === 0 ? <p>{t.t('search.none', { text: text.trim() })}</p> : (
            <ul class="plain results">
              {hits.map(hit => (
                <li key={`${hit.type}-${hit.id}`}>
                  <span class="badge">{t.t(`search.type.${hit.type}` as MessageKey)}</span>
                  <Link href={hitLink(hit)}>{hit.title}</Link>
                  <span class="hint">{[hit.detail, nameOf(people, hit.owner, session.user.id, t.t('lead.ownerYou'),
                    t.t('search.unassigned'))].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
