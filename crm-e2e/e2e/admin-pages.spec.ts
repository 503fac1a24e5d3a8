import { expect, test } from '@playwright/test';
import { acme, api, expectAccessible, PHONE, screenshots, serviceUrl, signIn, unique } from './stack';

test.use({ viewport: PHONE, locale: 'en-GB' });

/** A web form's post of an inquiry with an intake key: what the service answers. */
async function postInquiry(key: string, email: string): Promise<number> {
  const response = await fetch(`${serviceUrl}/api/v1/intake/leads`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Intake-Key': key },
    body: JSON.stringify({ contact: { personName: 'Form Visitor', email }, country: 'DE' }),
  });
  return response.status;
}

test('an admin issues an intake key a web form then posts with, and revokes it', async ({ page }, info) => {
  await signIn(page, acme.admin);
  await page.getByRole('link', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Admin');
  await expectAccessible(page, 'admin');
  await screenshots(page, 'admin', info);
  await page.getByRole('link', { name: 'Intake keys' }).click();

  // nothing named: refused beside the field
  await page.getByRole('button', { name: 'Issue', exact: true }).click();
  await expect(page.locator('#name-error')).toBeVisible();

  const name = unique('Website form');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Channel').selectOption('WEB_FORM');
  await page.getByRole('button', { name: 'Issue', exact: true }).click();
  const key = await page.getByLabel('Key', { exact: true }).inputValue();
  expect(key.length).toBeGreaterThan(20);
  expect(await postInquiry(key, `${unique('visitor')}@example.org`)).toBe(201);
  await page.reload();
  await expect(page.getByRole('region', { name: "The tenant's keys" })).toContainText(name);
  await expect(page.getByLabel('Key', { exact: true })).toHaveCount(0);
  await expectAccessible(page, 'intake keys');
  await screenshots(page, 'intake-keys', info);

  await page.getByRole('button', { name: `Revoke ${name}` }).click();
  await page.getByRole('button', { name: 'Revoke now' }).click();
  await expect(page.getByRole('status')).toContainText(`"${name}" is revoked`);
  expect(await postInquiry(key, `${unique('visitor')}@example.org`)).toBe(401);
});

test('an admin adds a webhook endpoint, sees its secret once, and stops it', async ({ page }, info) => {
  await signIn(page, acme.admin, '/app/admin/webhooks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Webhooks');
  await page.getByLabel('URL').fill('not a url');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.locator('#url-error')).toBeVisible();

  const url = `https://erp.example.com/${unique('hooks')}`;
  await page.getByLabel('URL').fill(url);
  await page.getByLabel('Deal won').check();
  await page.getByLabel('Description').fill('ERP order intake');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByLabel('Signing secret')).not.toHaveValue('');
  const endpoints = await api<{ url: string; events: string[]; active: boolean }[]>(acme.admin, '/admin/webhooks');
  expect(endpoints.find(e => e.url === url)?.events.sort()).toEqual(['deal.won', 'lead.received']);
  await expectAccessible(page, 'webhooks');
  await screenshots(page, 'webhooks', info);

  const row = page.getByRole('listitem').filter({ hasText: url });
  await row.getByRole('button', { name: 'Stop sending' }).click();
  await expect(page.getByRole('status')).toContainText(`Nothing more is sent to ${url}`);
  await expect(row).toContainText('Stopped: stopped in the console');
  const after = await api<{ url: string; active: boolean }[]>(acme.admin, '/admin/webhooks');
  expect(after.find(e => e.url === url)?.active).toBe(false);
});

test('an admin changes a setting; a value the service refuses is said beside it', async ({ page }, info) => {
  await signIn(page, acme.admin, '/app/admin/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  const grace = page.getByRole('textbox', { name: 'Days late before a payment is overdue' });
  await grace.fill('many');
  await page.getByRole('button', { name: 'Save Days late before a payment is overdue' }).click();
  await expect(page.locator('#setting-crm-payments-grace-days-error')).toBeVisible();
  await expect(grace).toHaveAttribute('aria-invalid', 'true');

  await grace.fill('10');
  await page.getByRole('button', { name: 'Save Days late before a payment is overdue' }).click();
  await expect(page.getByRole('status')).toContainText('is saved');
  const settings = await api<{ own: Record<string, string> }>(acme.admin, '/admin/settings');
  expect(settings.own['crm.payments.grace-days']).toBe('10');
  await page.waitForLoadState('networkidle'); // the page reads the settings again before the next change
  // a duration is a number of hours or days, saved as the ISO text the service checks
  const escalation = page.getByRole('textbox', { name: 'Escalate a waiting approval after' });
  await escalation.fill('2');
  await page.getByLabel('Unit of Escalate a waiting approval after').selectOption('days');
  await page.getByRole('button', { name: 'Save Escalate a waiting approval after' }).click();
  await expect(page.getByRole('status')).toContainText('Escalate a waiting approval after is saved');
  await page.waitForLoadState('networkidle'); // the page reads the settings again before the next change
  expect((await api<{ own: Record<string, string> }>(acme.admin, '/admin/settings')).own['crm.quotes.approval-escalation'])
    .toBe('P2D');
  await expectAccessible(page, 'settings');
  await screenshots(page, 'settings', info);
  await escalation.fill('24');
  await page.getByLabel('Unit of Escalate a waiting approval after').selectOption('hours');
  await page.getByRole('button', { name: 'Save Escalate a waiting approval after' }).click();
  await expect.poll(async () => (await api<{ own: Record<string, string> }>(acme.admin, '/admin/settings'))
    .own['crm.quotes.approval-escalation']).toBe('PT24H');
  await page.waitForLoadState('networkidle');
  // back to the platform's seven days for the other tests
  await grace.fill('7');
  await page.getByRole('button', { name: 'Save Days late before a payment is overdue' }).click();
  await expect(page.getByRole('status')).toContainText('is saved');
});

test("an admin sees each manager's team and saves it", async ({ page }, info) => {
  await signIn(page, acme.admin, '/app/admin/teams');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teams');
  const team = page.locator('form').filter({ has: page.getByRole('heading', { name: /team$/ }) }).first();
  await expect(team.getByRole('checkbox').first()).toBeVisible();
  await expectAccessible(page, 'teams');
  await screenshots(page, 'teams', info);
  await team.getByRole('button', { name: 'Save the team' }).click();
  await expect(page.getByRole('status')).toContainText('team is saved');
});

test('a rep imports a trade-show list: dry run, report, the import with its progress', async ({ page }, info) => {
  await signIn(page, acme.rep);
  await page.getByRole('link', { name: '+ New lead' }).click();
  await page.getByRole('link', { name: /Import a spreadsheet/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import a spreadsheet');
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.locator('#file-error')).toBeVisible();
  await expectAccessible(page, 'import upload');

  const tag = unique('fair');
  const csv = ['Name,Company,E-Mail,Tel,Country',
    `Anna Berg,Berg Tools ${tag},anna.${tag}@bergtools.example,+49 30 1234567,DE`,
    `Tom Ruiz,Ruiz Pumps ${tag},tom.${tag}@ruizpumps.example,,ES`,
    `Nobody,,not-an-email,,`].join('\n');
  await page.getByLabel('File').setInputFiles({ name: `${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${tag}.csv`);
  await expect(page.getByText('3 rows of Leads (inquiries), CSV')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('2');
  await expect(page.getByLabel("Person's name")).toHaveValue('0');
  await expectAccessible(page, 'import mapping');
  await screenshots(page, 'import-mapping', info);

  await page.getByRole('button', { name: 'Dry run (writes nothing)' }).click();
  const run = page.getByRole('region', { name: 'Dry run' });
  await expect(run).toContainText('Done');
  await expect(run.locator('dd').nth(0)).toHaveText('2');
  await expect(run.locator('dd').nth(4)).toHaveText('1');
  // a reload keeps every step: the service holds it
  await page.reload();
  await expect(page.getByRole('region', { name: 'Dry run' })).toContainText('Done');
  const report = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download the report/ }).click();
  expect((await report).suggestedFilename()).toBe('dry-run-report.csv');

  await page.getByRole('button', { name: 'Import 3 rows' }).click();
  const real = page.getByRole('region', { name: 'Import', exact: true });
  await expect(real).toContainText('Done');
  await expect(real.getByRole('progressbar')).toHaveAttribute('value', '100');
  await expect(real.locator('dd').nth(0)).toHaveText('2');
  await expectAccessible(page, 'import done');
  await screenshots(page, 'import-done', info);
  const found = await api<{ type: string; title: string }[]>(acme.rep, `/search?q=${encodeURIComponent(tag)}`);
  expect(found.filter(hit => hit.type === 'lead')).toHaveLength(2);
});

test('an admin adds a stage to the pipeline, is told what is wrong beside a field, and removes it again', async ({ page }, info) => {
  await signIn(page, acme.admin, '/app/admin/pipeline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pipeline and stages');
  const first = page.getByRole('group', { name: /^Stage 1/ });
  await first.getByLabel('Rots after (days)').fill('');
  await page.getByRole('button', { name: 'Save the pipeline' }).click();
  await expect(page.locator('[id="stages[0]-rottingDays-error"]')).toBeVisible();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(first.getByLabel('Rots after (days)')).not.toHaveValue('');

  await page.getByLabel('Name of the new stage').fill('Factory visit');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  // a deal enters the visit only with its expected close, and entering it makes a task; one without a title is
  // refused beside it
  const visit = page.getByRole('group').filter({ has: page.getByRole('button', { name: 'Remove Factory visit' }) });
  await visit.getByText(/^On entry:/).click();
  await visit.getByLabel('Expected close').selectOption('required');
  await visit.getByRole('button', { name: 'Add a task' }).click();
  await page.getByRole('button', { name: 'Save the pipeline' }).click();
  await expect(visit.locator('[id$="tasksOnEntry[0]-title-error"]')).toBeVisible();
  await visit.getByLabel('Task 1', { exact: true }).fill('Book the factory tour');
  await visit.getByLabel('Task 1 due after (hours)').fill('48');
  await page.getByRole('button', { name: 'Save the pipeline' }).click();
  await expect(page.getByRole('status')).toContainText('The pipeline is saved');
  const saved = await api<{ stages: { id: string; kind: string; requiredFields: string[];
    tasksOnEntry: { title: string; dueAfterHours: number }[] }[] }>(acme.admin, '/pipeline');
  const ids = saved.stages.map(s => s.id);
  expect(ids).toContain('factory-visit');
  const savedVisit = saved.stages.find(s => s.id === 'factory-visit')!;
  expect(savedVisit.requiredFields).toEqual(['expectedClose']);
  expect(savedVisit.tasksOnEntry).toEqual([{ title: 'Book the factory tour', dueAfterHours: 48 }]);
  expect(ids.indexOf('factory-visit')).toBeLessThan(ids.indexOf(saved.stages.find(s => s.kind === 'WON')!.id));
  await expectAccessible(page, 'pipeline');
  await screenshots(page, 'pipeline', info);

  await page.getByRole('button', { name: 'Remove Factory visit' }).click();
  await page.getByRole('button', { name: 'Save the pipeline' }).click();
  await expect(page.getByRole('status')).toContainText('The pipeline is saved');
  expect((await api<{ stages: { id: string }[] }>(acme.admin, '/pipeline')).stages.map(s => s.id))
    .not.toContain('factory-visit');
});

test('an admin sends German inquiries to the manager by a rule, and takes the rule out again', async ({ page }, info) => {
  await signIn(page, acme.admin, '/app/admin/assignment');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assignment rules');
  await expect(page.getByLabel('What no rule takes goes to')).toHaveValue(`user:${acme.rep.id}`);

  await page.getByRole('button', { name: 'Add a rule' }).click();
  const rule = page.getByRole('group', { name: 'Rule 1' });
  await rule.getByLabel('Name').fill('Germany');
  await rule.getByLabel('Countries').fill('DE, Germany');
  await rule.getByLabel('Gives the lead to').selectOption(`user:${acme.manager.id}`);
  await page.getByRole('button', { name: 'Save the rules' }).click();
  await expect(page.locator('#rules\\[0\\]-countries-error')).toBeVisible();

  await rule.getByLabel('Countries').fill('DE');
  await page.getByRole('button', { name: 'Save the rules' }).click();
  await expect(page.getByRole('status')).toContainText('The rules are saved');
  await expectAccessible(page, 'assignment rules');
  await screenshots(page, 'assignment', info);
  const lead = await api<{ owner: string }>(acme.rep, '/leads', { method: 'POST', body: JSON.stringify({
    source: 'EMAIL', contact: { personName: 'Lena Vogt', email: `${unique('lena')}@vogt.example` }, country: 'DE' }) });
  expect(lead.owner).toBe(acme.manager.id);

  await rule.getByRole('button', { name: 'Remove Germany' }).click();
  await page.getByRole('button', { name: 'Save the rules' }).click();
  await expect(page.getByRole('status')).toContainText('The rules are saved');
  const policy = await api<{ rules: unknown[]; fallback: { value: string } }>(acme.admin, '/admin/assignment');
  expect(policy.rules).toEqual([]);
  expect(policy.fallback.value).toBe(acme.rep.id);
});
