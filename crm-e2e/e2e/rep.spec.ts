import { expect, test } from '@playwright/test';
import { acme, api, expectAccessible, globex, leadsWithEmail, PHONE, screenshots, signIn, unique } from './stack';

test.use({ viewport: PHONE, locale: 'en-GB', timezoneId: 'Europe/Berlin' });

test('a rep on a phone logs a lead in five fields and sees it assigned with its SLA clock', async ({ page }, info) => {
  await signIn(page, acme.rep);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello');
  await expectAccessible(page, 'my day');
  await screenshots(page, 'my-day', info);

  await page.getByRole('link', { name: '+ New lead' }).click();
  const form = page.locator('main form');
  await expect(form.locator('input:visible, select:visible')).toHaveCount(5);
  await expect(page.getByLabel('Phone')).toHaveAttribute('type', 'tel');
  await expect(page.getByLabel('Email')).toHaveAttribute('type', 'email');
  await expectAccessible(page, 'new lead');
  await screenshots(page, 'quick-lead', info);

  const email = `${unique('anna')}@nordwerk.de`;
  await page.getByLabel('Name').fill('Anna Schmidt');
  await page.getByLabel('Company').fill('Nordwerk GmbH');
  await page.getByLabel('Phone').fill('+49 30 1234567');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Country').selectOption('DE');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(page).toHaveURL(/\/app\/leads\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anna Schmidt');
  await expect(page.getByTestId('lead-owner')).toHaveText('You');
  await expect(page.locator('ul.clocks')).toContainText('First response');
  await expect(page.locator('ul.clocks')).toContainText('due');
  await expect(page.locator('ul.rules')).toContainText('Clarity of need');
  await expectAccessible(page, 'lead page');
  await screenshots(page, 'lead', info);

  // a deep link survives a reload
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anna Schmidt');
  expect(await leadsWithEmail(acme.rep, email)).toHaveLength(1);
});

test('a lead logged without a connection stays on the phone and is sent exactly once when it is back',
  async ({ page, context }, info) => {
    await signIn(page, acme.rep, '/app/leads/new');
    await context.setOffline(true);
    const email = `${unique('li.na')}@sh-bearings.cn`;
    await page.getByLabel('Name').fill('Li Na');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Country').selectOption('CN');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('kept on this device');

    await page.getByRole('link', { name: /My day/ }).click();
    await expect(page.getByRole('heading', { name: /Waiting on this device \(1\)/ })).toBeVisible();
    await expectAccessible(page, 'my day with a lead waiting');
    await screenshots(page, 'my-day-offline', info);
    expect(await leadsWithEmail(acme.rep, email)).toHaveLength(0);

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(page.getByRole('heading', { name: /Waiting on this device/ })).toHaveCount(0);
    await expect.poll(async () => (await leadsWithEmail(acme.rep, email)).length).toBe(1);
  });

test('a lead whose answer was lost on the way is sent again and still made once', async ({ page }) => {
  await signIn(page, acme.rep, '/app/leads/new');
  // the service takes the first try, but the phone never hears back
  let posts = 0;
  await page.route('**/api/v1/leads', async route => {
    if (route.request().method() !== 'POST') return route.continue();
    posts += 1;
    if (posts === 1) {
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  const email = `${unique('john')}@smith-tools.co.uk`;
  await page.getByLabel('Name').fill('John Smith');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Country').selectOption('GB');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('kept on this device');

  // the outbox sends it again by itself, with the same Idempotency-Key
  await page.getByRole('link', { name: /My day/ }).click();
  await expect.poll(() => posts).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('heading', { name: /Waiting on this device/ })).toHaveCount(0);
  expect(await leadsWithEmail(acme.rep, email)).toHaveLength(1);
});

test('what the service refuses is shown beside the field, and nothing is lost from the form', async ({ page }) => {
  await signIn(page, acme.rep, '/app/leads/new');
  await page.getByLabel('Name').fill('Maria Garcia');
  await page.getByLabel('Email').fill('maria@@garcia');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct the following');
  await expect(page.locator('#contact-email-error')).toContainText('is not an email address');
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name')).toHaveValue('Maria Garcia');
  await expectAccessible(page, 'new lead with errors');
});

test('another tenant sees none of the first tenant\'s records, and can take its own unassigned lead',
  async ({ page }) => {
    const acmeLead = await api<{ id: string }>(acme.rep, '/leads', { method: 'POST', body: JSON.stringify({
      source: 'PHONE', contact: { personName: 'Zhang Wei', email: `${unique('zhang')}@acme-buyer.cn` }, country: 'CN' }) });
    const globexEmail = `${unique('wang.wei')}@ningbohw.cn`;
    await api(globex.manager, '/leads', { method: 'POST', body: JSON.stringify({
      source: 'WEB_FORM', contact: { personName: 'Wang Wei', companyName: 'Ningbo Hardware Co., Ltd',
        email: globexEmail }, country: 'CN' }) });

    await signIn(page, globex.rep, `/app/leads/${acmeLead.id}`);
    await expect(page.getByRole('status')).toContainText('does not exist or is not yours to see');
    await expect(page.locator('main')).not.toContainText('Zhang Wei');

    await page.getByRole('link', { name: /My day/ }).click();
    const queue = page.getByRole('region', { name: 'Unassigned inquiries' });
    await expect(queue).not.toContainText('Zhang Wei');
    const row = queue.locator('li', { hasText: 'Wang Wei' });
    await row.getByRole('button', { name: 'Take it' }).first().click();
    await expect(page.getByTestId('lead-owner')).toHaveText('You');
    // the history says why in words, naming no one by an id
    await page.reload();
    const owners = page.getByRole('region', { name: 'Owners' });
    await expect(owners).toContainText('You, ');
    await expect(owners).toContainText('taken from the unassigned queue');
    await expect(owners).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

test('a rep converts a lead, logs a call in two taps and moves the deal with its next step', async ({ page }, info) => {
  const email = `${unique('mehmet')}@anadolu-valves.com.tr`;
  const lead = await api<{ id: string }>(acme.rep, '/leads', { method: 'POST', body: JSON.stringify({
    source: 'TRADE_SHOW', contact: { personName: 'Mehmet Kaya', companyName: 'Anadolu Valves', email },
    country: 'TR', productInterest: 'DN50 ball valves' }) });
  await signIn(page, acme.rep, `/app/leads/${lead.id}`);
  await page.getByRole('button', { name: 'Convert to a deal' }).click();
  await page.getByLabel('Next step').fill('Send the DN50 quote');
  await page.getByRole('button', { name: 'Confirm' }).click();

  await expect(page).toHaveURL(/\/app\/deals\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anadolu Valves');
  await expect(page.getByTestId('next-step')).toContainText('Send the DN50 quote');
  await expect(page.getByTestId('health')).toContainText(/Green|Yellow|Red/);

  await page.getByRole('button', { name: 'Call', exact: true }).click();
  await page.getByRole('button', { name: 'Log the Call' }).click();
  await expect(page.getByRole('status')).toContainText('Call logged');
  await expect(page.locator('ul.timeline')).toContainText('Call');

  await page.getByRole('button', { name: 'Move to another stage' }).click();
  await page.getByLabel('Stage').selectOption({ label: 'Needs confirmed' });
  await page.getByLabel('Next step').fill('Confirm the pressure rating');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('status')).toContainText('Moved to Needs confirmed');
  await expect(page.getByTestId('next-step')).toContainText('Confirm the pressure rating');
  await expectAccessible(page, 'deal page');
  await screenshots(page, 'deal', info);

  // an open deal never goes without a next step: the service says so beside the field
  await page.getByRole('button', { name: 'Set the next step' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('#nextStep-action-error')).toBeVisible();
});
