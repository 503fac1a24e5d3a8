import { expect, test } from '@playwright/test';
import { acme, api, expectAccessible, PHONE, screenshots, signIn } from './stack';

test.use({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

test('a Chinese browser gets the Keycloak login and the console in Simplified Chinese', async ({ page }, info) => {
  await page.goto('/app/');
  await expect(page.locator('html')).toHaveAttribute('lang', /zh/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录到您的账户');
  await expect(page.locator('#kc-login')).toHaveText(/登录/);
  await expectAccessible(page, 'Keycloak login in Chinese');
  await screenshots(page, 'login-zh', info);

  await signIn(page, acme.rep, '/app/leads/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新线索');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.locator('#contact-personName-error')).toContainText('请填写姓名或公司名称');
  await expect(page.locator('#country-error')).toContainText('为必填项');
  await expectAccessible(page, 'new lead in Chinese with errors');
  await screenshots(page, 'quick-lead-zh', info);

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New lead');
});

test('a possible duplicate says in Chinese what matched and what did not', async ({ page }, info) => {
  const subscriber = String(20_000_000 + Math.floor(Math.random() * 70_000_000));
  await api(acme.rep, '/leads', { method: 'POST', body: JSON.stringify({ source: 'trade_show', country: 'CN',
    contact: { personName: 'Wang Wei', companyName: `Ningbo Hardware ${subscriber}`, phone: `+86 574 ${subscriber}`,
      email: `wang.wei@nbhw${subscriber}.cn` } }) });

  await signIn(page, acme.rep, '/app/leads/new');
  await page.locator('#contact-personName').fill('王伟');
  await page.locator('#contact-phone').fill(`+86 574 ${subscriber}`);
  await page.locator('#contact-email').fill(`wangwei@gmail.com`);

  const aside = page.getByRole('complementary', { name: '可能已在系统中' });
  await expect(aside).toContainText(`相同电话 +86574${subscriber}`);
  await expect(aside).toContainText('相同姓名 王伟 = wang wei');
  await expect(aside).toContainText('邮箱不同');
  await expect(aside.locator('li.against')).toHaveCount(1);
  await expectAccessible(page, 'new lead with a possible duplicate in Chinese');
  await screenshots(page, 'duplicate-evidence-zh', info);
});
