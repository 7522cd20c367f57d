// The fault suite: the server is killed (SIGKILL) in the middle of a burst of submissions and
// started again, on the embedded database and on PostgreSQL; every submission the site acknowledged
// must be there. Then PostgreSQL itself restarts under load, and the site carries on by itself.
import { type ChildProcess, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { ADMIN, signIn } from './admin';
import { cuttableProxy } from './cuttable-proxy';
import {
  freshPostgres,
  sendEnquiry,
  spawnServer,
  startServer,
  stopped,
  STORED_ENQUIRIES,
  type StoredEnquiry,
  storedInFolder,
} from './fault-server';
import { fillEnquiry, fillNewsletter } from './forms';
import { TEST_POSTGRES_URL } from '../lib/testing/postgres-url';

const BURST = 120;
const KILL_AFTER = 30;

// Sends the burst side by side and kills the server once enough have been acknowledged.
async function burstAndKill(url: string, server: Awaited<ReturnType<typeof startServer>>, tag: string) {
  const acknowledged: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < BURST) {
      const ref = await sendEnquiry(url, next++, tag);
      if (ref) acknowledged.push(ref);
      if (acknowledged.length === KILL_AFTER) server.process.kill('SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await stopped(server.process);
  return acknowledged;
}

test('a second opener of an embedded database folder is refused at once, naming the process that holds it', async () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'lumina-lock-'));
  const first = await startServer(3224, `pglite:${dir}`);
  const others: ChildProcess[] = [];
  try {
    const holder = new RegExp(`in use by process ${first.process.pid} \\(`);
    const acknowledged = [await sendEnquiry(first.url, 0, 'lock')];
    // A second site on the same folder stops at start, and so does a migration.
    const second = spawnServer(3225, `pglite:${dir}`);
    others.push(second.process);
    await stopped(second.process);
    expect(second.process.exitCode).toBe(1);
    expect(second.output()).toMatch(holder);
    const migrate = spawnSync(process.execPath, ['node_modules/.bin/tsx', 'prisma/cli.ts', 'migrate'], {
      env: { ...process.env, DATABASE_URL: `pglite:${dir}` },
      encoding: 'utf8',
    });
    expect(migrate.status).toBe(1);
    expect(migrate.stderr).toMatch(holder);
    // The holder carries on, and everything it acknowledged is there after it stops.
    for (let i = 1; i <= 5; i++) acknowledged.push(await sendEnquiry(first.url, i, 'lock'));
    expect(acknowledged.every((ref) => /^ENQ-/.test(ref ?? ''))).toBe(true);
    first.process.kill('SIGTERM');
    await stopped(first.process);
    const stored = await storedInFolder(dir);
    expect(acknowledged.filter((ref) => !stored.has(ref!))).toEqual([]);
    expect(stored.size).toBe(acknowledged.length);
  } finally {
    // Even when a second server was let in (as before the lock), none is left running.
    for (const child of [first.process, ...others]) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

const lanes = [
  { name: 'the embedded database', port: 3221 },
  { name: 'PostgreSQL', port: 3222 },
] as const;

for (const lane of lanes) {
  test(`killed mid-burst on ${lane.name}: every acknowledged enquiry is stored and its emails queued, and the site starts again`, async () => {
    test.setTimeout(240_000);
    const dir = lane.name === 'PostgreSQL' ? null : mkdtempSync(path.join(tmpdir(), 'lumina-fault-'));
    const postgres = dir ? null : await freshPostgres();
    const databaseUrl = dir ? `pglite:${dir}` : postgres!.url;
    try {
      const first = await startServer(lane.port, databaseUrl);
      const acknowledged = await burstAndKill(first.url, first, lane.port.toString());
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(first.process.signalCode).toBe('SIGKILL');

      // Started again on the same data: it answers, and takes new enquiries.
      const second = await startServer(lane.port, databaseUrl);
      expect(await sendEnquiry(second.url, 9_999, `${lane.port}-after`)).toMatch(/^ENQ-/);
      second.process.kill('SIGTERM');
      await stopped(second.process);

      let stored = new Map<string, boolean>();
      if (dir) {
        stored = await storedInFolder(dir);
      } else {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        for (const row of (await client.query<StoredEnquiry>(STORED_ENQUIRIES)).rows)
          stored.set(row.reference, row.acknowledged);
        await client.end();
      }
      expect(acknowledged.filter((ref) => !stored.has(ref))).toEqual([]);
      // Emails the killed server still owed were queued by the one started after it (its first round).
      expect(acknowledged.filter((ref) => !stored.get(ref))).toEqual([]);
      console.log(
        `fault suite, ${lane.name}: ${acknowledged.length} enquiries acknowledged around the kill, all stored and acknowledged`,
      );
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
      await postgres?.drop();
    }
  });
}

test('PostgreSQL restarted under load: the site recovers by itself', async () => {
  test.setTimeout(240_000);
  const postgres = await freshPostgres();
  const server = await startServer(3223, postgres.url);
  try {
    let i = 0;
    const results: (string | null)[] = [];
    let running = true;
    const load = (async () => {
      while (running) results.push(await sendEnquiry(server.url, i++, 'pg-restart'));
    })();
    await new Promise((r) => setTimeout(r, 2_000));
    execFileSync('pg_ctlcluster', ['15', 'main', 'restart'], { stdio: 'pipe' });
    // Once PostgreSQL is back, enquiries are acknowledged again, by the same server process.
    await expect
      .poll(async () => sendEnquiry(server.url, 100_000 + i, 'pg-after'), { timeout: 60_000, intervals: [500] })
      .toMatch(/^ENQ-/);
    running = false;
    await load;
    expect(server.process.exitCode).toBeNull();
    expect(results.filter(Boolean).length).toBeGreaterThan(0);
    // Nothing the server did while PostgreSQL was down was a crash: the page still answers.
    expect((await fetch(`${server.url}/contact`)).status).toBe(200);
  } finally {
    server.process.kill('SIGTERM');
    await stopped(server.process);
    await postgres.drop();
  }
});

test('while the database is unreachable, every form says nothing was lost and keeps the answers', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const postgres = await freshPostgres();
  const relay = await cuttableProxy(Number(new URL(TEST_POSTGRES_URL).port || 5432));
  const through = new URL(postgres.url);
  through.port = String(relay.port);
  const server = await startServer(3226, through.toString(), {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  });
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: server.url });
  const page = await context.newPage();
  const send = async (button: string) => {
    const answer = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: button }).click();
    return (await answer).status();
  };
  try {
    const ready = async () => {
      const answer = await fetch(`${server.url}/readyz`);
      return {
        status: answer.status,
        body: (await answer.json()) as { failing: string[] },
        cache: answer.headers.get('cache-control'),
      };
    };
    expect(await ready()).toMatchObject({ status: 200, body: { failing: [] }, cache: 'no-store' });
    await page.goto(`${server.url}/contact`);
    await fillEnquiry(page, { email: 'outage@example.co.uk', message: 'Sent while the database was down' });
    await relay.cut();
    // Ready no more, but alive: the probes tell an orchestrator to wait, not to restart.
    expect(await ready()).toMatchObject({ status: 503, body: { failing: ['database'] } });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await send('Send enquiry')).toBeLessThan(500);
    await expect(page.getByText('Nothing was lost: please try again in a moment.')).toBeVisible();
    await expect(page.getByLabel('Your message')).toHaveValue('Sent while the database was down');
    await relay.restore();
    await expect.poll(async () => (await ready()).status, { timeout: 30_000 }).toBe(200);
    await send('Send enquiry');
    await expect(page.getByTestId('reference')).toHaveText(/^ENQ-/);

    await page.goto(`${server.url}/newsletter`);
    await fillNewsletter(page, 'Grace Hopper', 'outage.news@example.co.uk');
    await relay.cut();
    expect(await send('Sign up')).toBeLessThan(500);
    await expect(page.getByText('Nothing was lost: please try again in a moment.')).toBeVisible();
    await expect(page.getByLabel('Email address')).toHaveValue('outage.news@example.co.uk');
    await relay.restore();
    await send('Sign up');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/check your email/i);

    // Pages that need the database, public and back office: the site's own 503 page, with the request's id.
    await signIn(page, ADMIN);
    await expect(page).toHaveURL(/\/admin$/);
    await relay.cut();
    for (const path of ['/surveys/spring-survey', '/admin', '/admin/requests']) {
      const answer = await page.goto(path);
      expect(answer?.status(), path).toBe(503);
      expect(answer?.headers()['retry-after']).toBe('5');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, this page can’t be shown right now');
      await expect(page.getByText('Nothing you have sent us is lost.')).toBeVisible();
      await expect(page.getByTestId('error-reference')).toHaveText(answer!.headers()['x-request-id']!);
    }
    expect(server.output()).toContain(`"requestId":"${await page.getByTestId('error-reference').textContent()}"`);
    await relay.restore();
    await expect.poll(async () => (await page.goto('/admin/requests'))?.status(), { timeout: 30_000 }).toBe(200);

    // With JavaScript, a move within the back office that fails shows the panel in the signed-in frame,
    // with the error's digest, which the server's log line for that request carries.
    const live = await browser.newContext({ baseURL: server.url });
    const js = await live.newPage();
    await signIn(js, ADMIN);
    await expect(js).toHaveURL(/\/admin$/);
    await relay.cut();
    await js.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Subscribers' }).click();
    await expect(js.getByRole('heading', { level: 1 })).toHaveText('Sorry, this page can’t be shown right now');
    await expect(js.getByRole('navigation', { name: 'Back office' })).toBeVisible();
    const digest = await js.getByTestId('error-reference').textContent();
    expect(server.output()).toContain(`"digest":"${digest}"`);
    await relay.restore();
    await js.getByRole('link', { name: 'Try again' }).click();
    await expect(js.getByRole('heading', { level: 1 })).toHaveText(/Subscribers/);
    await live.close();
  } finally {
    await context.close();
    server.process.kill('SIGTERM');
    await stopped(server.process);
    await relay.close();
    await postgres.drop();
  }
});
