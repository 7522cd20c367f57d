// A server of the fault suite's own (its own port and database), started and killed like a process
// in production: `next start` run directly by node, so SIGKILL reaches the server itself.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { PGlite } from '@electric-sql/pglite';
import { hiddenFields } from './forms';
import { dropTestDatabase, withAdminClient } from '../lib/testing/postgres-admin';
import { TEST_POSTGRES_URL } from '../lib/testing/postgres-url';

export type FaultServer = { url: string; process: ChildProcess; output: () => string };

// Spawns `next start` on `port` with `databaseUrl` (and any `env` of the test's), without waiting for
// it; from `cwd`, a copy of the project with a build of its own, when given.
export function spawnServer(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
  cwd?: string,
): FaultServer {
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        SITE_URL: url,
        FORM_MIN_FILL_MS: '0',
        FORM_LIMIT_PER_IP: '100000',
        FORM_LIMIT_PER_EMAIL: '100',
        OUTBOX_POLL_MS: '600000',
        SMTP_URL: '',
        GA_MEASUREMENT_ID: '',
        ADMIN_EMAIL: '',
        ADMIN_PASSWORD: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd,
    },
  );
  child.stdout.on('data', (d) => (output += String(d)));
  child.stderr.on('data', (d) => (output += String(d)));
  return { url, process: child, output: () => output };
}

// Starts `next start` on `port` with `databaseUrl`, and waits until it answers.
export async function startServer(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
  cwd?: string,
): Promise<FaultServer> {
  const server = spawnServer(port, databaseUrl, env, cwd);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.process.exitCode !== null) throw new Error(`the server stopped at start:\n${server.output()}`);
    const ok = await fetch(`${server.url}/privacy-policy`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    if (Date.now() > deadline) throw new Error(`the server did not answer within a minute:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// Waits for the process to be gone after a signal.
export function stopped(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

// Sends one Quick Enquiry as a browser without JavaScript would; the reference if the site
// acknowledged it (the redirect to the thank-you page), else null.
export async function sendEnquiry(url: string, i: number, tag: string): Promise<string | null> {
  try {
    const page = await fetch(`${url}/contact`);
    const body = new FormData();
    for (const [k, v] of Object.entries(hiddenFields(await page.text()))) body.append(k, v);
    for (const [k, v] of Object.entries({
      website: '',
      name: `Fault ${i}`,
      email: `fault.${tag}.${i}@example.co.uk`,
      company: 'Faults Ltd',
      message: `Burst ${tag} ${i}`,
      preferredContact: 'EMAIL',
    }))
      body.append(k, v);
    const response = await fetch(`${url}/contact`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: { Origin: url },
    });
    const location = response.headers.get('location') ?? '';
    return response.status === 303 && /thank-you\?ref=ENQ-/.test(location)
      ? decodeURIComponent(location.split('ref=')[1]!)
      : null;
  } catch {
    return null;
  }
}

// A fresh PostgreSQL database, migrated; dropped again by the returned function.
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `lumina_fault_${Date.now().toString(36)}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  execFileSync(process.execPath, ['node_modules/.bin/tsx', 'prisma/cli.ts', 'migrate'], {
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: 'pipe',
  });
  return {
    url: url.toString(),
    drop: () => dropTestDatabase(name),
  };
}

// The references stored in an embedded database folder, read once no server has it open.
/** Each stored enquiry's reference, with whether its acknowledgement has been queued. */
export const STORED_ENQUIRIES = `
  SELECT e."reference", EXISTS (
    SELECT 1 FROM "OutboxMessage" m WHERE m."messageKey" = 'enquiry-acknowledgement:' || e."id"
  ) AS "acknowledged" FROM "Enquiry" e`;
export type StoredEnquiry = { reference: string; acknowledged: boolean };

export async function storedInFolder(dir: string): Promise<Map<string, boolean>> {
  const db = new PGlite(dir);
  const rows = (await db.query<StoredEnquiry>(STORED_ENQUIRIES)).rows;
  await db.close();
  return new Map(rows.map((row) => [row.reference, row.acknowledged]));
}
