import { expect, test } from '@playwright/test';
import { acme, api, expectAccessible, PHONE, screenshots, signIn, unique } from './stack';

test.use({ viewport: PHONE, locale: 'en-GB' });

/** A deal of the acme rep (the acme manager leads the rep), opened through the API as another client would. */
async function repsDeal(title: string, dueInMs = 86_400_000): Promise<string> {
  const lead = await api<{ id: string }>(acme.rep, '/leads', { method: 'POST', body: JSON.stringify({
    source: 'EMAIL', contact: { personName: 'Olga Petrova', companyName: title, email: `${unique('olga')}@baltic.test` },
    country: 'LT', productInterest: 'stainless flanges' }) });
  const due = new Date(Date.now() + dueInMs).toISOString();
  const converted = await api<{ deal: { id: string } }>(acme.rep, `/leads/${lead.id}/conversion`, {
    method: 'POST', headers: { 'If-Match': '*' },
    body: JSON.stringify({ dealTitle: title, nextStep: { action: 'Call Olga', due },
      amount: { amount: '18000.00', currency: 'EUR' } }) });
  return converted.deal.id;
}

test('a manager moves a deal on the board with its next step and sees its health', async ({ page }, info) => {
  const title = `Baltic Flanges ${unique('q')}`;
  await repsDeal(title);
  await signIn(page, acme.manager);
  await page.getByRole('link', { name: 'Board' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pipeline board');
  const inquiry = page.getByRole('region', { name: 'Inquiry' });
  const card = inquiry.locator('li.card', { hasText: title });
  await expect(card.getByTestId('card-health')).toHaveText(/Green|Yellow|Red/);
  await expectAccessible(page, 'board');
  await screenshots(page, 'board', info);

  await card.getByRole('button', { name: /^Move to/ }).click();
  await page.getByLabel('Stage').selectOption({ label: 'Needs confirmed' });
  await page.getByLabel('Next step').fill('Confirm flange sizes with Olga');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('status')).toContainText('Moved to Needs confirmed');
  const moved = page.getByRole('region', { name: 'Needs confirmed' }).locator('li.card', { hasText: title });
  await expect(moved.getByTestId('card-health')).toHaveText(/Green|Yellow|Red/);
  await expect(inquiry).not.toContainText(title);
});

test('a move that meets someone else\'s change is said and the board reloaded, never overwritten', async ({ page }) => {
  const title = `Riga Valves ${unique('q')}`;
  const deal = await repsDeal(title);
  await signIn(page, acme.manager, '/app/board');
  const card = page.getByRole('region', { name: 'Inquiry' }).locator('li.card', { hasText: title });
  await expect(card).toBeVisible();

  // meanwhile the rep changes the deal's next step on their phone
  await api(acme.rep, `/deals/${deal}/next-step`, { method: 'POST', headers: { 'If-Match': '*' },
    body: JSON.stringify({ action: 'Send the catalogue', due: new Date(Date.now() + 86_400_000).toISOString() }) });

  await card.getByRole('button', { name: /^Move to/ }).click();
  await page.getByLabel('Next step').fill('Quote 200 valves');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('alert')).toContainText('Someone else changed this deal meanwhile');
  const deals = await api<{ nextStep: { action: string } }>(acme.rep, `/deals/${deal}`);
  expect(deals.nextStep.action).toBe('Send the catalogue');
});

test('a manager sees on the team page which deals are in trouble and why, each seller\'s process health and the'
  + ' forecast by month', async ({ page }, info) => {
  const title = `Vilnius Pumps ${unique('q')}`;
  await repsDeal(title, 3_000); // its next step falls due in three seconds and is then overdue: red
  await new Promise(resolve => setTimeout(resolve, 4_000));
  const people = await api<{ id: string; name: string }[]>(acme.manager, '/people?scope=mine');
  const rep = people.find(p => p.id === acme.rep.id)!;
  expect(rep, 'the rep is in the manager\'s team').toBeTruthy();

  await signIn(page, acme.manager);
  await page.getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team');
  const distribution = page.getByTestId('health-distribution');
  await expect(distribution).toContainText(/Red: in trouble\s*[1-9]\d* \(\d+ %\)/);

  const trouble = page.getByRole('region', { name: 'In trouble' }).locator('li.card', { hasText: title });
  await expect(trouble).toContainText(rep.name);
  await expect(trouble).toContainText('next step overdue by');

  const seller = page.getByRole('region', { name: new RegExp(rep.name) });
  await expect(seller.getByTestId('process-index')).toHaveText(/^\d{1,3} \/ 100$/);
  await expect(seller).toContainText('Stage moves forward rather than lost');

  const forecast = page.getByRole('region', { name: 'Forecast by month' });
  await expect(forecast.getByRole('table')).toContainText('€');
  await expectAccessible(page, 'team');
  await screenshots(page, 'team', info);

  // the same page in Chinese, months and money in the user's language
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('团队');
  await expect(page.getByRole('region', { name: '有问题的商机' })).toContainText(title);
  await expectAccessible(page, 'team in Chinese');
  await screenshots(page, 'team-zh', info);
});

test('a rep has no team page', async ({ page }) => {
  await signIn(page, acme.rep, '/app/team');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Team');
  await expect(page.getByRole('link', { name: 'Team' })).toHaveCount(0);
});
