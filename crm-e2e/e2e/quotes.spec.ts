import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { acme, api, expectAccessible, PHONE, screenshots, signIn, unique } from './stack';

test.use({ viewport: PHONE, locale: 'en-GB' });

/** A product of acme's catalogue (admins keep it) and a deal of the rep's, made through the API. */
async function productAndDeal(): Promise<{ sku: string; deal: string; title: string }> {
  const sku = unique('VLV').toUpperCase();
  await api(acme.admin, '/products', { method: 'POST', body: JSON.stringify({ sku, name: 'Ball valve DN50',
    unit: 'pcs', prices: [{ currency: 'USD', list: '40.00', floor: '34.00', unitCost: '30.00' }] }) });
  const title = `Hamburg Valves ${unique('q')}`;
  const lead = await api<{ id: string }>(acme.rep, '/leads', { method: 'POST', body: JSON.stringify({
    source: 'EMAIL', contact: { personName: 'Jonas Weber', companyName: title, email: `${unique('jonas')}@weber.test` },
    country: 'DE', productInterest: 'valves' }) });
  const converted = await api<{ deal: { id: string } }>(acme.rep, `/leads/${lead.id}/conversion`, {
    method: 'POST', headers: { 'If-Match': '*' }, body: JSON.stringify({ dealTitle: title,
      nextStep: { action: 'Send the quote', due: new Date(Date.now() + 86_400_000).toISOString() } }) });
  return { sku, deal: converted.deal.id, title };
}

test('a rep quotes from the catalogue, the manager approves the discount from My day, the rep sends it and'
  + ' downloads the customer\'s PDF', async ({ browser }, info) => {
  const { sku, deal } = await productAndDeal();
  const repContext = await browser.newContext({ viewport: PHONE, locale: 'en-GB', acceptDownloads: true });
  const rep = await repContext.newPage();
  await signIn(rep, acme.rep, `/app/deals/${deal}`);
  const quotes = rep.getByRole('region', { name: 'Quotes' });
  await expect(quotes).toContainText('No quote yet.');
  await quotes.getByRole('button', { name: 'New quote' }).click();
  await rep.getByLabel('Product').selectOption({ label: `${sku} · Ball valve DN50` });
  await expect(quotes).toContainText(/List price (US)?\$40\.00 per pcs/);
  await rep.getByLabel('Place (port or city)').fill('Ningbo');
  await rep.getByRole('button', { name: 'Save the draft' }).click();
  // no quantity: the service says so beside the field, and nothing is saved
  await expect(rep.locator('.field-error', { has: rep.getByLabel('Quantity') })).toBeVisible();
  await expect(rep.getByRole('alert')).toContainText('Quantity');

  await rep.getByLabel('Quantity').fill('300');
  await rep.getByLabel('Discount (%)').fill('15');
  await rep.getByRole('button', { name: 'Save the draft' }).click();
  await expect(rep.getByRole('status')).toContainText('Quote saved as a draft.');
  const card = quotes.getByTestId('quote');
  await expect(card).toContainText('Draft');
  await expect(card).toContainText('$10,200.00');
  await card.getByRole('button', { name: 'Submit' }).click();
  await expect(card).toContainText('Waiting for approval');
  await expect(card.getByTestId('quote-waiting')).toContainText('a line discounted 15%');
  await expectAccessible(rep, 'deal with a quote waiting');
  await screenshots(rep, 'deal-quote-waiting', info);

  const managerContext = await browser.newContext({ viewport: PHONE, locale: 'en-GB' });
  const manager = await managerContext.newPage();
  await signIn(manager, acme.manager);
  const waiting = manager.getByRole('region', { name: 'Quotes waiting for your decision' }).getByTestId('approval')
    .filter({ hasText: '$10,200.00' });
  await expect(waiting.first()).toBeVisible();
  await expectAccessible(manager, 'my day with approvals');
  await screenshots(manager, 'my-day-approvals', info);
  await waiting.first().getByRole('button', { name: /^Approve/ }).click();
  await expect(manager.getByRole('status')).toContainText('Approved.');

  await rep.reload();
  await expect(card).toContainText('Approved: ready to send');
  await card.getByRole('button', { name: 'Send to the customer' }).click();
  await expect(card).toContainText('Sent to the customer');
  await expect(rep.getByRole('region', { name: 'Timeline' })).toContainText(/Quote Q-\d{4}-\d{5} v1 sent: \$10,200\.00, valid until/);

  const download = rep.waitForEvent('download');
  await card.getByRole('button', { name: 'PDF (English)' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/^Q-\d{4}-\d{5}-v1\.pdf$/);
  const path = await pdf.path();
  expect(readFileSync(path!).subarray(0, 5).toString()).toBe('%PDF-');
  // the same PDF goes with the "quote sent" entry of the timeline
  const fromTimeline = rep.waitForEvent('download');
  await rep.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /^Download Q-\d{4}-\d{5}-v1\.pdf$/ })
    .click();
  expect((await fromTimeline).suggestedFilename()).toBe(pdf.suggestedFilename());
  await screenshots(rep, 'deal-quote-sent', info);

  // the customer orders: the schedule the payment terms suggest (30% deposit, 70% balance), checked by the service
  await card.getByRole('button', { name: 'The customer ordered' }).click();
  await expect(rep.getByLabel('Percent of the order').first()).toHaveValue('30');
  await rep.getByLabel('Percent of the order').nth(1).fill('60');
  await expect(rep.getByText('Together 90% of the order (must be 100%)')).toBeVisible();
  await rep.getByRole('button', { name: 'Place the order' }).click();
  await expect(rep.getByRole('alert')).toBeVisible();
  await rep.getByLabel('Percent of the order').nth(1).fill('70');
  await rep.getByRole('button', { name: 'Place the order' }).click();
  await expect(rep.getByRole('status')).toContainText('The order is placed and the deal won');
  const orders = rep.getByRole('region', { name: 'Orders' });
  const order = orders.getByTestId('order');
  await expect(order).toContainText(/SO-\d{4}-\d{5}/);
  await expect(order).toContainText('confirmed');
  await expect(order).toContainText('30% deposit · $3,060.00');
  await expect(rep.getByTestId('deal-status')).toHaveText('won');

  // money comes in: more than is owed is refused beside the amount, the deposit is recorded
  await order.getByRole('button', { name: 'Record a payment' }).click();
  await expect(rep.getByLabel('Amount received')).toHaveValue('3060.00');
  await rep.getByLabel('Amount received').fill('99999');
  await rep.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(rep.locator('#amount-error')).toContainText('more than is still owed');
  await rep.getByLabel('Amount received').fill('3060.00');
  await rep.getByLabel('Reference').fill('TT 8812');
  await rep.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(orders.getByRole('status')).toContainText('$3,060.00 is recorded');
  await expect(order).toContainText('received $3,060.00');
  await expect(order.getByRole('list', { name: /^Payments of/ })).toContainText('paid');
  await order.getByRole('button', { name: 'Mark as in production' }).click();
  await expect(order).toContainText('in production');
  await expectAccessible(rep, 'deal with its order');
  await screenshots(rep, 'deal-order', info);

  // the manager sees it in quote to cash on the team page: sent, ordered, the seller's discount and margin
  await manager.goto('/app/team');
  const chain = manager.getByRole('region', { name: 'Quote to cash' });
  await expect(chain.getByTestId('conversion')).toContainText(/\d+ of \d+ quotes sent became orders/);
  await expect(chain.getByRole('group', { name: 'Discount and margin by seller' })).toContainText('Rep Acme Export Ltd');
  await expectAccessible(manager, 'team page with quote to cash');
  await screenshots(manager, 'team-quote-to-cash', info);
  await repContext.close();
  await managerContext.close();
});

test('a move the stage refuses for a missing amount is fixed on the deal page and made', async ({ page }, info) => {
  const { deal } = await productAndDeal();
  await signIn(page, acme.rep, `/app/deals/${deal}`);
  await page.getByRole('button', { name: 'Move to another stage' }).click();
  await page.getByLabel('Stage').selectOption({ label: 'Quote' });
  await page.getByLabel('Next step').fill('Send the quote');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'That stage needs' })).toContainText('Amount');

  await page.getByRole('button', { name: 'Fill them in' }).click();
  await expect(page.locator('#amount-error')).toBeVisible();
  await page.getByLabel('Amount', { exact: true }).fill('12000');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('Trade terms (Incoterm)').selectOption('CIF');
  await expectAccessible(page, 'deal details');
  await screenshots(page, 'deal-details', info);
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(page.getByRole('status')).toContainText('Details saved.');
  await expect(page.locator('dl.facts')).toContainText('€12,000.00');
  await expect(page.locator('dl.facts')).toContainText('CIF');

  await page.getByRole('button', { name: 'Move to another stage' }).click();
  await page.getByLabel('Stage').selectOption({ label: 'Quote' });
  await page.getByLabel('Next step').fill('Send the quote');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('status')).toContainText('Moved to Quote');
});
