import { defineConfig } from '@playwright/test';

// Started by ConsoleE2EIT, which brings up PostgreSQL, Keycloak and the service and passes their addresses.
// Debian's chromium, never a downloaded browser; one worker, since the servers share two cores.
export default defineConfig({
  testDir: './e2e',
  outputDir: 'target/playwright',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'target/e2e-results.json' }]],
  use: {
    baseURL: process.env.CRM_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
});
