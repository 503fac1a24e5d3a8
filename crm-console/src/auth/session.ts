import Keycloak from 'keycloak-js';
import type { ConsoleConfig } from '../config';
import { Unreachable } from '../api/client';

/** Who is signed in, from the access token's claims. */
export interface User {
  id: string;
  name: string;
  email: string;
  roles: string[];
  tenant: string;
}

export type Role = 'tenant-admin' | 'sales-manager' | 'sales-rep';

const RETURN_TO = 'crm.returnTo';

/**
 * The signed-in session through Keycloak: standard flow with PKCE (S256), tokens held in memory only (never in
 * storage), refreshed before a call when they have less than 30 seconds left.
 */
export class Session {
  private constructor(private readonly keycloak: Keycloak, private readonly consoleRoot: string) {}

  /** Completes a login that came back from Keycloak, or starts one; resolves only when signed in. */
  static async start(config: ConsoleConfig, locale: string): Promise<Session> {
    const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
    const root = `${window.location.origin}/app/`;
    const signedIn = await keycloak.init({
      pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'query', flow: 'standard',
    });
    if (!signedIn) {
      // the client's one redirect URI is the console root; the page the user asked for is kept for the way back
      sessionStorage.setItem(RETURN_TO, window.location.pathname + window.location.search);
      await keycloak.login({ redirectUri: root, locale });
      return new Promise(() => {}); // the browser is leaving for the login page
    }
    const returnTo = sessionStorage.getItem(RETURN_TO);
    sessionStorage.removeItem(RETURN_TO);
    if (returnTo && returnTo !== window.location.pathname) {
      window.history.replaceState(null, '', returnTo);
    }
    return new Session(keycloak, root);
  }

  /** Sends someone who has no session yet (a new admin after signup) to Keycloak's login, their email filled in. */
  static async signIn(config: ConsoleConfig, locale: string, email: string): Promise<void> {
    const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
    await keycloak.init({ pkceMethod: 'S256', checkLoginIframe: false, responseMode: 'query', flow: 'standard' });
    sessionStorage.setItem(RETURN_TO, '/app/');
    await keycloak.login({ redirectUri: `${window.location.origin}/app/`, locale, loginHint: email });
  }

  get user(): User {
    const claims = (this.keycloak.tokenParsed ?? {}) as Record<string, unknown>;
    const organization = claims.organization as Record<string, { id?: string }> | undefined;
    const firstOrganization = organization ? Object.values(organization)[0] : undefined;
    return {
      id: String(claims.sub ?? ''),
      name: String(claims.name ?? claims.preferred_username ?? ''),
      email: String(claims.email ?? ''),
      roles: (claims.groups as string[] | undefined) ?? [],
      tenant: firstOrganization?.id ?? '',
    };
  }

  has(role: Role): boolean {
    return this.user.roles.includes(role);
  }

  /** A token good for at least 30 more seconds. */
  async token(): Promise<string> {
    try {
      await this.keycloak.updateToken(30);
    } catch {
      // Keycloak out of reach: a token that still holds is used; offline the call waits, nothing is lost
      if (!this.keycloak.isTokenExpired(0)) return this.keycloak.token ?? '';
      if (!navigator.onLine) throw new Unreachable('offline: the session needs refreshing');
      // the session ended at Keycloak (signed out elsewhere, expired): sign in again
      await this.keycloak.login({ redirectUri: this.consoleRoot });
    }
    return this.keycloak.token ?? '';
  }

  logout(): Promise<void> {
    return this.keycloak.logout({ redirectUri: this.consoleRoot });
  }
}
