import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { dropTestDatabase, withAdminClient } from '../lib/testing/postgres-admin';
import { TEST_POSTGRES_URL } from '../lib/testing/postgres-url';

// Starts the production server the way an operator would, and collects what it prints until it exits.
function startServer(databaseUrl: string, port: number) {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, output: () => output };
}

test.describe('server start-up', () => {
  test('a bad DATABASE_URL stops the server with a message saying what to write', async () => {
    const server = startServer('mysql://root@localhost/lumina', 3291);
    const code = await Promise.race([server.exited, new Promise((r) => setTimeout(() => r('still running'), 30_000))]);
    server.child.kill();
    expect(code).toBe(1);
    expect(server.output()).toContain('DATABASE_URL uses "mysql", which this site does not support');
    expect(server.output()).toContain('Lumina cannot start: fix the environment variables listed above.');
  });

  test('an unreachable PostgreSQL is reported without the password, and pages without data still load', async ({
    request,
  }) => {
    const server = startServer('postgres://lumina:hunter2@127.0.0.1:1/lumina', 3292);
    try {
      await expect
        .poll(server.output, { timeout: 30_000 })
        .toContain('Cannot reach PostgreSQL at postgres://lumina@127.0.0.1:1/lumina');
      expect(server.output()).not.toContain('hunter2');
      const page = await request.get('http://127.0.0.1:3292/privacy-policy');
      expect(page.status()).toBe(200);
    } finally {
      server.child.kill();
    }
  });

  test('on a database with migrations pending, /readyz answers 503 naming them, and /healthz 200', async ({
    request,
  }) => {
    const name = `lumina_unmigrated_${Date.now().toString(36)}`;
    await withAdminClient((c) => c.query(`CREATE DATABASE "${name}"`));
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = `/${name}`;
    const server = startServer(url.toString(), 3293);
    try {
      await expect
        .poll(async () => (await request.get('http://127.0.0.1:3293/healthz').catch(() => null))?.status(), {
          timeout: 30_000,
        })
        .toBe(200);
      const ready = await request.get('http://127.0.0.1:3293/readyz');
      expect(ready.status()).toBe(503);
      const body = (await ready.json()) as { failing: string[]; checks: { pendingMigrations: string[] } };
      expect(body.failing).toEqual(['migrations']);
      expect(body.checks.pendingMigrations).toContain('20261125065025_init');
    } finally {
      server.child.kill();
      await server.exited;
      await dropTestDatabase(name);
    }
  });
});
