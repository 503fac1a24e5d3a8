/**
 * Where the console signs people in: read at start from the service (/app/config.json, from MicroProfile Config),
 * so one build serves every environment.
 */
export interface ConsoleConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** The API's base path on this origin. */
  apiBase: string;
  /** Whether signup and invitations take a first password here (local stacks) or Keycloak mails a link. */
  initialPasswords: boolean;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/app/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`console configuration: HTTP ${response.status}`);
  return response.json();
}
