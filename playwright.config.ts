import { defineConfig, devices } from '@playwright/test';
import { SERVER_LOG } from './e2e/server-log';
import { E2E_CONSENT_COOKIE_SECRET } from './e2e/test-secrets';

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
    {
      name: 'chromium',
      use: chromium,
      testIgnore: [
        /\.no-js\.spec\.ts$/,
        /consent-domain\.spec\.ts$/,
        /passkeys\.spec\.ts$/,
        /bad-input\.spec\.ts$/,
        /(faults|shutdown|move|instances|log-scan|policy-history)\.spec\.ts$/,
      ],
    },
    // Pages and forms again with JavaScript off (server-level specs run once, above).
    {
      name: 'chromium-no-js',
      use: { ...chromium, javaScriptEnabled: false },
      testMatch: [/policy\.spec\.ts$/, /\.no-js\.spec\.ts$/],
    },
    // The site as www.lumina-test.co.uk, to test cookies on the registrable (parent) domain.
    {
      name: 'chromium-co-uk',
      testMatch: /consent-domain\.spec\.ts$/,
      use: {
        ...chromium,
        baseURL: `http://www.lumina-test.co.uk:${port}`,
        launchOptions: {
          ...chromium.launchOptions,
          args: [...chromium.launchOptions.args, '--host-resolver-rules=MAP www.lumina-test.co.uk 127.0.0.1'],
        },
      },
    },
    // Passkeys on a server of their own at localhost (browsers refuse them at an IP address).
    {
      name: 'passkeys',
      testMatch: /passkeys\.spec\.ts$/,
      use: {
        ...chromium,
        baseURL: `http://localhost:${port + 7}`,
        launchOptions: {
          ...chromium.launchOptions,
          args: [...chromium.launchOptions.args, '--host-resolver-rules=MAP localhost 127.0.0.1'],
        },
      },
    },
    // Thousands of hostile requests, once everything else has finished, so its "nothing was stored"
    // count is not disturbed by other tests' submissions.
    {
      name: 'bad-input',
      use: chromium,
      testMatch: /bad-input\.spec\.ts$/,
      dependencies: ['chromium', 'chromium-no-js', 'chromium-co-uk', 'passkeys'],
    },
    // Servers of its own, stopped, killed and restarted, and PostgreSQL restarted; and a build of a copy
    // with a new policy version: one test at a time, last.
    {
      name: 'faults',
      use: chromium,
      testMatch: /(faults|shutdown|move|instances|policy-history)\.spec\.ts$/,
      fullyParallel: false,
      workers: 1,
      dependencies: ['bad-input'],
    },
    // The main server's log, read once every test above has used the site.
    { name: 'log-scan', testMatch: /log-scan\.spec\.ts$/, dependencies: ['faults'] },
  ],
  // A production build on a fresh embedded database: `npm run build` must have run first.
  webServer: [
    // A real SMTP server on loopback that keeps what it receives for the tests to read.
    {
      command: 'npx tsx e2e/smtp-sink.ts',
      url: 'http://127.0.0.1:2526/health',
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // Its log is kept for e2e/log-scan.spec.ts, which runs last.
      command: `rm -rf .data/e2e && mkdir -p .data && npx next start --hostname 127.0.0.1 --port ${port} 2>&1 | tee ${SERVER_LOG}`,
      url: `${baseURL}/privacy-policy`,
      env: {
        DATABASE_URL: 'pglite:.data/e2e',
        GA_MEASUREMENT_ID: 'G-TEST1234',
        // e2e/forms.ts waits this long before sending a form; every test shares 127.0.0.1, so the
        // per-IP limit is raised here and tested in lib/data/enquiries/enquiries.db.test.ts.
        FORM_MIN_FILL_MS: '1500',
        FORM_LIMIT_PER_IP: '100000',
        FORM_LIMIT_PER_EMAIL: '3',
        SITE_URL: baseURL,
        // Known to the tests, which plant consent cookies of their own (e2e/consent-signals.spec.ts).
        CONSENT_COOKIE_SECRET: E2E_CONSENT_COOKIE_SECRET,
        SMTP_URL: 'smtp://127.0.0.1:2525',
        OUTBOX_POLL_MS: '500',
        OUTBOX_RETRY_BASE_MS: '1000',
        // The first admin (e2e/admin.ts); set-up by printed link is tested on a server of its own.
        ADMIN_EMAIL: 'admin@lumina.test',
        ADMIN_PASSWORD: 'correct horse battery staple',
        ADMIN_NAME: 'Ada Admin',
      },
      reuseExistingServer: false,
      timeout: 120_000,
      // Kept in the file above; printed here it would bury the test report.
      stdout: 'ignore',
    },
  ],
});
