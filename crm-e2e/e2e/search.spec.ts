import { expect, test } from '@playwright/test';
import { acme, api, expectAccessible, globex, PHONE, screenshots, signIn, unique } from './stack';

test.use({ viewport: PHONE, locale: 'en-GB' });

test('a rep finds a buyer by part of the phone number or the company and opens the account with its people',
  async ({ page }, info) => {
    const company = `Suzhou Castings ${unique('s')}`;
    const digits = String(Date.now()).slice(-7);
    const lead = await api<{ id: string }>(acme.rep, '/leads', { method: 'POST', body: JSON.stringify({
      source: 'TRADE_SHOW', contact: { personName: 'Chen Jing', companyName: company,
        email: `${unique('chen')}@castings.test`, phone: `+86 512 ${digits}` }, country: 'CN' }) });

    await signIn(page, acme.rep);
    await page.getByRole('link', { name: 'Search' }).click();
    await page.getByLabel('Name, company, email or phone').fill(digits.slice(0, 5));
    const result = page.locator('ul.results li', { hasText: 'Chen Jing' });
    await expect(result).toContainText('Lead');
    await expect(result).toContainText(company);
    await expectAccessible(page, 'search');
    await screenshots(page, 'search', info);
    await result.getByRole('link', { name: 'Chen Jing' }).click();
    await expect(page).toHaveURL(new RegExp(`/app/leads/${lead.id}$`));

    // once converted, the company is an account and Chen Jing its contact
    await api(acme.rep, `/leads/${lead.id}/conversion`, { method: 'POST', headers: { 'If-Match': '*' },
      body: JSON.stringify({ dealTitle: `Castings ${company}`, nextStep: { action: 'Send drawings',
        due: new Date(Date.now() + 86_400_000).toISOString() } }) });
    await page.goto(`/app/search?q=${encodeURIComponent(company.toLowerCase())}`);
    const account = page.locator('ul.results li', { hasText: 'Account' });
    await expect(account).toContainText(company);
    await account.getByRole('link', { name: company }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(company);
    await expect(page.getByTestId('payment-risk')).toHaveText('No order yet');
    await expect(page.getByRole('region', { name: 'People' })).toContainText('Chen Jing');
    await expect(page.getByRole('link', { name: `+86512${digits}` })).toHaveAttribute('href', `tel:+86512${digits}`);
    await expectAccessible(page, 'account');
    await screenshots(page, 'account', info);

    // the second buyer met at the stand goes on the account; a phone that is none is refused beside it
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Wu Hao');
    await page.getByLabel('Phone').fill('call me');
    await page.getByLabel('Role in buying').selectOption('ENGINEERING');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.locator('#phone-error')).toBeVisible();
    await page.getByLabel('Phone').fill('+86 512 6688 1234');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('Wu Hao is added.');
    await expect(page.getByRole('region', { name: 'People' })).toContainText('engineering');

    // the card had a typo and no email: Wu Hao's details corrected where he is listed
    await page.getByRole('button', { name: 'Edit Wu Hao' }).click();
    await expect(page.getByLabel('Phone')).toHaveValue('+8651266881234');
    await page.getByLabel('Name', { exact: true }).fill('Wu Haoran');
    await page.getByLabel('Email').fill('wu.haoran@suzhou-pumps.test');
    await expectAccessible(page, 'a person corrected');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('Wu Haoran is saved.');
    await expect(page.getByRole('region', { name: 'People' })).toContainText('wu.haoran@suzhou-pumps.test');

    // and its profile is corrected: tier A, an active customer, its usual terms
    await page.getByRole('button', { name: 'Edit the profile' }).click();
    await page.getByLabel('Tier').selectOption('A');
    await page.getByLabel('Stage of the relationship').selectOption('ACTIVE');
    await page.getByLabel('Usual trade terms (Incoterm)').selectOption('FOB');
    await expectAccessible(page, 'account profile');
    await page.getByRole('button', { name: 'Save the profile' }).click();
    await expect(page.getByRole('status')).toContainText('The profile is saved.');
    await expect(page.locator('dl.facts')).toContainText('active');
    await expect(page.locator('dl.facts')).toContainText('FOB');
    await screenshots(page, 'account-edited', info);
  });

test('another tenant\'s user finds none of the first tenant\'s buyers', async ({ page }) => {
  const company = `Qingdao Tyres ${unique('s')}`;
  await api(acme.rep, '/leads', { method: 'POST', body: JSON.stringify({ source: 'EMAIL',
    contact: { personName: 'Sun Li', companyName: company, email: `${unique('sun')}@tyres.test` }, country: 'CN' }) });
  await signIn(page, globex.admin, `/app/search?q=${encodeURIComponent(company)}`);
  await expect(page.getByText(`Nothing found for “${company}” among what you may see.`)).toBeVisible();
});
