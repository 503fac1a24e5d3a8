import { h, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The console lives under /app/; routes are the rest of the path ("/", "/leads/new", "/leads/{id}"). */
const BASE = '/app';
const CHANGED = 'crm:navigate';

export function currentRoute(): string {
  const path = window.location.pathname;
  return path.startsWith(BASE) ? path.slice(BASE.length) || '/' : '/';
}

export function navigate(route: string, replace = false): void {
  const url = BASE + route;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGED));
  window.scrollTo(0, 0);
}

/** The route shown, following links, back and forward. */
export function useRoute(): string {
  const [route, setRoute] = useState(currentRoute());
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener('popstate', update);
    window.addEventListener(CHANGED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(CHANGED, update);
    };
  }, []);
  return route;
}

/** Matches "/leads/:id" against "/leads/42": the parameters, or null. */
export function match(pattern: string, route: string): Record<string, string> | null {
  const wanted = pattern.split('/');
  const actual = route.split('/');
  if (wanted.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < wanted.length; i++) {
    if (wanted[i].startsWith(':')) params[wanted[i].slice(1)] = decodeURIComponent(actual[i]);
    else if (wanted[i] !== actual[i]) return null;
  }
  return params;
}

/** A real link (opens in a new tab, copies, works without script) that navigates in place when clicked. */
export function Link({ href, children, class: className, ...rest }:
  { href: string; children: ComponentChildren; class?: string; [attribute: string]: unknown }) {
  return h('a', {
    href: BASE + href, class: className, ...rest,
    onClick: (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      navigate(href);
    },
  }, children);
}
