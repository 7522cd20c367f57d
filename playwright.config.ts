import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium, never a downloaded browser; the flags keep it off the (closed) network.
const chromium = {
  ...devices['Desktop Chrome'],
  channel: undefined,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { baseURL, trace: 'on-first-retry' },
  projects: [
    { name: 'chromium', use: chromium },
    // Server-level specs (no page involved) run once, in the project above.
    { name: 'chromium-no-js', use: { ...chromium, javaScriptEnabled: false }, testIgnore: /startup\.spec\.ts/ },
  ],
  // A production build on a fresh embedded database: `npm run build` must have run first.
  webServer: {
    command: `rm -rf .data/e2e && npx next start --hostname 127.0.0.1 --port ${port}`,
    url: `${baseURL}/privacy-policy`,
    env: { DATABASE_URL: 'pglite:.data/e2e' },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
