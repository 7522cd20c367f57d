// Two instances on one PostgreSQL behind nginx (Debian's, e2e/nginx.ts), as in production: a form
// drawn by one is posted to the other; cookie choices made on both at once leave a ledger that
// verifies; a newsletter whose sending instance is killed is finished by the other.
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { ADMIN, signIn } from './admin';
import { freshPostgres, startServer, stopped, type FaultServer } from './fault-server';
import { fillEnquiry } from './forms';
import { startNginx } from './nginx';

test('two instances behind nginx share forms, the consent ledger and a newsletter send', async ({ browser }) => {
  test.setTimeout(300_000);
  const postgres = await freshPostgres();
  const nginx = await startNginx(3240, [3233, 3234]);
  const env = {
    SITE_URL: nginx.url,
    TRUSTED_PROXY_HOPS: '1',
    OUTBOX_POLL_MS: '5000',
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  };
  const a = await startServer(3233, postgres.url, { ...env, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
  let b: FaultServer | undefined;
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  try {
    b = await startServer(3234, postgres.url, env);
    // 1. A form drawn by one instance and sent to the other, with and without JavaScript.
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ baseURL: nginx.split, javaScriptEnabled });
      const page = await context.newPage();
      const shown = await page.goto('/contact');
      expect(shown?.headers()['x-upstream']).toBe('127.0.0.1:3233');
      await fillEnquiry(page, {
        email: `split.${javaScriptEnabled}@example.co.uk`,
        message: 'Drawn by one, sent to the other',
      });
      const sent = page.waitForResponse((r) => r.request().method() === 'POST');
      await page.getByRole('button', { name: 'Send enquiry' }).click();
      expect((await sent).headers()['x-upstream']).toBe('127.0.0.1:3234');
      await expect(page.getByTestId('reference')).toHaveText(/^ENQ-/);
      await context.close();
    }

    // 2. 200 cookie choices at once, round robin over both; the ledger verifies as one chain.
    const choices = Array.from({ length: 200 }, (_, i) => {
      const body = new URLSearchParams({ choice: i % 2 ? 'accept' : 'reject', returnTo: '/' });
      return fetch(`${nginx.url}/consent`, {
        method: 'POST',
        body,
        redirect: 'manual',
        headers: { Origin: nginx.url },
      });
    });
    const answers = await Promise.all(choices);
    // On failure, the end of each server's log says why (the 503 answer itself says only "not saved").
    const logs = () => `${a.output().slice(-4000)}\n${b?.output().slice(-4000) ?? ''}`;
    expect(
      answers.map((r) => r.status).filter((s) => s !== 303),
      logs(),
    ).toEqual([]);
    const served = new Set(answers.map((r) => r.headers.get('x-upstream')));
    expect(served).toEqual(new Set(['127.0.0.1:3233', '127.0.0.1:3234']));
    const staff = await browser.newContext({ baseURL: nginx.url });
    const admin = await staff.newPage();
    await signIn(admin, ADMIN);
    await expect(admin).toHaveURL(/\/admin$/);
    await admin.goto('/admin/consents');
    await admin.getByRole('button', { name: 'Verify the ledger now' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Intact.' })).toBeVisible();
    const cookies = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "ConsentRecord" WHERE "kind" = 'COOKIES'`,
    );
    expect(cookies.rows[0]!.n).toBe(200);

    // 3. A newsletter sent from A; A is killed mid fan-out; B finishes it, each copy once.
    await client.query(`INSERT INTO "Subscriber" ("id", "email", "status", "confirmedAt", "updatedAt")
      SELECT gen_random_uuid(), 'many.' || g || '@example.com', 'ACTIVE', now(), now() FROM generate_series(1, 20000) g`);
    const direct = await browser.newContext({ baseURL: a.url });
    const onA = await direct.newPage();
    await signIn(onA, ADMIN);
    await onA.goto('/admin/newsletters');
    await onA.getByRole('link', { name: 'Write a newsletter' }).click();
    await onA.getByLabel('Subject').fill('Spring rates');
    await onA.getByLabel('Body').fill('# Spring rates\n\nPrices are down.');
    await onA.getByRole('button', { name: 'Save draft' }).click();
    await onA.getByLabel(/Send this newsletter to all/).check();
    await onA.getByRole('button', { name: /^Send to .* active subscribers?$/ }).click();
    const queued = async () =>
      (await client.query(`SELECT "status", "queuedCount" FROM "Newsletter"`)).rows[0] as {
        status: string;
        queuedCount: number;
      };
    await expect.poll(async () => (await queued()).queuedCount, { intervals: [50] }).toBeGreaterThan(0);
    a.process.kill('SIGKILL');
    await stopped(a.process);
    expect((await queued()).status).toBe('SENDING');
    await expect.poll(async () => (await queued()).status, { timeout: 90_000, intervals: [500] }).toBe('SENT');
    const copies = await client.query(
      `SELECT count(*)::int AS n, count(DISTINCT "toAddress")::int AS d FROM "OutboxMessage" WHERE "kind" = 'newsletter'`,
    );
    expect(copies.rows[0]).toEqual({ n: 20000, d: 20000 });
    // Staff carry on through nginx, which now sends everything to B; their session is in the database.
    await admin.goto('/admin/newsletters');
    await expect(admin.getByRole('row').filter({ hasText: 'Spring rates' })).toBeVisible();
    await direct.close();
    await staff.close();
  } finally {
    await client.end();
    a.process.kill('SIGKILL');
    b?.process.kill('SIGTERM');
    await Promise.all([stopped(a.process), b ? stopped(b.process) : undefined]);
    await nginx.stop();
    await postgres.drop();
  }
});
