import { expect, test } from '@playwright/test';
import { acme, expectAccessible, PHONE, screenshots, signIn } from './stack';

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
