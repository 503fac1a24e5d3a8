import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { ApiClient } from './api/client';
import type { Colleague } from './api/types';
import type { Session } from './auth/session';
import type { Locale, Translator } from './i18n/i18n';
import type { LeadOutbox } from './outbox/outbox';

/** What every screen works with: the signed-in session, the API, the user's language, the device's outbox. */
export interface Services {
  session: Session;
  api: ApiClient;
  t: Translator;
  outbox: LeadOutbox;
  setLocale(locale: Locale): void;
  /** Sends what waits in the outbox; screens call it when they want the queue's news at once. */
  flushOutbox(): Promise<void>;
  /** The tenant's people (for owners' names), asked once a session. */
  colleagues(): Promise<Colleague[]>;
  /** Bumped whenever the outbox changed, so screens showing it render again. */
  outboxVersion: number;
}

/** The tenant's people once they are known (empty until then): screens name owners with `nameOf` (ui/names). */
export function useColleagues(): Colleague[] {
  const { colleagues } = useServices();
  const [list, setList] = useState<Colleague[]>([]);
  useEffect(() => { void colleagues().then(setList); }, []);
  return list;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside the console');
  return services;
}
