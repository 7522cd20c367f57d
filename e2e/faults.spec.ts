// The fault suite: the server is killed (SIGKILL) in the middle of a burst of submissions and
// started again, on the embedded database and on PostgreSQL; every submission the site acknowledged
// must be there. Then PostgreSQL itself restarts under load, and the site carries on by itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { sendEnquiry, startServer, stopped } from './fault-server';
import { TEST_POSTGRES_URL } from '../lib/testing/postgres-url';
import { dropTestDatabase, withAdminClient } from '../lib/testing/postgres-admin';

const BURST = 120;
const KILL_AFTER = 30;

// A fresh PostgreSQL database, migrated; dropped again by the returned function.
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `lumina_fault_${Date.now().toString(36)}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  execFileSync(process.execPath, ['node_modules/.bin/tsx', 'prisma/cli.ts', 'migrate'], { env: { ...process.env, DATABASE_URL: url.toString() }, stdio: 'pipe' });
  return {
    url: url.toString(),
    drop: () => dropTestDatabase(name),
  };
}

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

const lanes = [
  { name: 'the embedded database', port: 3221 },
  { name: 'PostgreSQL', port: 3222 },
] as const;

for (const lane of lanes) {
  test(`killed mid-burst on ${lane.name}: every acknowledged enquiry is stored, and the site starts again`, async () => {
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

      const stored = new Set<string>();
      if (dir) {
        const db = new PGlite(dir);
        for (const row of (await db.query<{ reference: string }>('SELECT "reference" FROM "Enquiry"')).rows) stored.add(row.reference);
        await db.close();
      } else {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        for (const row of (await client.query<{ reference: string }>('SELECT "reference" FROM "Enquiry"')).rows) stored.add(row.reference);
        await client.end();
      }
      expect(acknowledged.filter((ref) => !stored.has(ref))).toEqual([]);
      console.log(`fault suite, ${lane.name}: ${acknowledged.length} enquiries acknowledged around the kill, all stored`);
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
    await expect.poll(async () => sendEnquiry(server.url, 100_000 + i, 'pg-after'), { timeout: 60_000, intervals: [500] }).toMatch(/^ENQ-/);
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
