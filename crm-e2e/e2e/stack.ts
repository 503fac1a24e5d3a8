import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** The servers and users ConsoleE2EIT started and seeded, from its environment. */
export interface User { email: string; password: string; id: string }
interface Tenant { id: string; rep: User; manager: User; admin: User }
const stack = JSON.parse(process.env.CRM_STACK ?? '{}') as {
  url: string; tokenUrl: string; tenants: { acme: Tenant; globex: Tenant };
};
if (!stack.url) throw new Error('CRM_STACK is not set: run the e2e tests through ConsoleE2EIT (./crm test)');

/** The service's address, as a web form or another system reaches it. */
export const serviceUrl = stack.url;
export const acme = stack.tenants.acme;
export const globex = stack.tenants.globex;
export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

/** Signs in through the real Keycloak login page (identity-first: the username, then the password). */
export async function signIn(page: Page, user: Pick<User, 'email' | 'password'>, path = '/app/'): Promise<void> {
  await page.goto(path);
  await completeLogin(page, user);
}

/**
 * On Keycloak's login page: the username (unless Keycloak already knows it, as after signup with a login hint),
 * then the password; back in the console.
 */
export async function completeLogin(page: Page, user: Pick<User, 'email' | 'password'>): Promise<void> {
  const username = page.locator('input#username');
  const password = page.locator('#password');
  await expect(username.or(password).first()).toBeVisible();
  if (await username.isVisible()) {
    if ((await username.inputValue()) !== user.email) await username.fill(user.email);
    if (!(await password.isVisible())) await page.locator('#kc-login').click();
  }
  await password.fill(user.password);
  await page.locator('#kc-login').click();
  await page.waitForURL(url => url.pathname.startsWith('/app'));
  await expect(page.locator('header.top')).toBeVisible();
}

/** No serious or critical accessibility violation on what the page shows now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`), what)
    .toEqual([]);
}

/** A screenshot of the page at phone and desktop width, under target/screenshots. */
export async function screenshots(page: Page, name: string, info: TestInfo): Promise<void> {
  mkdirSync('target/screenshots', { recursive: true });
  const before = page.viewportSize();
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `target/screenshots/${name}-${size.width}.png`, fullPage: true });
  }
  if (before) await page.setViewportSize(before);
  info.annotations.push({ type: 'screenshot', description: name });
}

/** An access token as the API's other clients get one, to check what the console did. */
export async function token(user: User): Promise<string> {
  const response = await fetch(stack.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'crm-web', username: user.email,
      password: user.password }),
  });
  if (!response.ok) throw new Error(`token for ${user.email}: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

export async function api<T>(user: User, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${stack.url}/api/v1${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${await token(user)}`, 'Content-Type': 'application/json',
      ...(init.headers ?? {}) },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<T>;
}

interface LeadJson { id: string; contact: { email?: string }; owner?: string }

/** The user's own leads of a status with this email: what the service really holds. */
export async function leadsWithEmail(user: User, email: string): Promise<LeadJson[]> {
  const page = await api<{ items: LeadJson[] }>(user, '/leads?view=mine&status=NEW&size=200');
  return page.items.filter(lead => lead.contact.email === email);
}

export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}
