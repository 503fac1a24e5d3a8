import { expect, test } from '@playwright/test';
import { acme, completeLogin, expectAccessible, PHONE, screenshots, signIn, unique } from './stack';

test.use({ viewport: PHONE, locale: 'en-GB' });

test('an admin invites a colleague, who then signs in and starts the day', async ({ page, browser }, info) => {
  await signIn(page, acme.admin);
  await page.getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
  await expect(page.getByRole('region', { name: 'Everyone in the CRM' })).toContainText(acme.rep.email);

  const email = `${unique('chen.jie')}@acme.test`;
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('First name').fill('Jie');
  await page.getByLabel('Last name').fill('Chen');
  await page.getByLabel('Role', { exact: true }).selectOption('sales-rep');
  await page.getByLabel('First password').fill('Chen-Jie-2026!');
  await page.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByRole('status')).toContainText(`${email} is invited`);
  await expect(page.getByRole('region', { name: 'Everyone in the CRM' })).toContainText(email);
  await expectAccessible(page, 'people');
  await screenshots(page, 'people', info);

  // a refused invitation says why beside the field
  await page.getByLabel('Email').fill('not-an-address');
  await page.getByRole('button', { name: 'Invite' }).click();
  await expect(page.locator('#email-error')).toBeVisible();

  const colleague = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
  const theirs = await colleague.newPage();
  await signIn(theirs, { email, password: 'Chen-Jie-2026!' });
  await expect(theirs.getByRole('heading', { level: 1 })).toHaveText('Hello, Jie Chen');
  await expect(theirs.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  await colleague.close();

  // and when they leave, their open work goes to a colleague
  await page.getByRole('button', { name: `Hand over work of ${email}` }).click();
  await page.getByRole('button', { name: 'Hand over', exact: true }).click();
  await expect(page.locator('#to-error')).toBeVisible();
  await page.getByLabel('Hand over to').selectOption({ label: 'Rep Acme Export Ltd' });
  await page.getByLabel('Reason').fill('left the company');
  await page.getByRole('button', { name: 'Hand over', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(`The work of ${email} went to ${acme.rep.email}`);
});

test('a company signs up and its admin lands in the console', async ({ page }, info) => {
  await page.goto('/app/signup');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign your company up');
  await expectAccessible(page, 'signup');
  const company = `Hangzhou Pumps ${unique('co')}`;
  await page.getByLabel('Company name').fill(company);
  await expect(page.getByLabel('Short name')).toHaveValue(/^hangzhou-pumps-co-/);
  const email = `${unique('owner')}@hzpumps.test`;
  await page.getByLabel('Your email').fill(email);
  await page.getByLabel('Your first name').fill('Lei');
  await page.getByLabel('Your last name').fill('Zhou');
  await page.getByLabel('Your password').fill('Zhou-Lei-2026!');
  await screenshots(page, 'signup', info);
  await page.getByRole('button', { name: 'Sign up' }).click();

  await completeLogin(page, { email, password: 'Zhou-Lei-2026!' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Lei Zhou');
  await page.getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('region', { name: 'Everyone in the CRM' })).toContainText(email);
});
