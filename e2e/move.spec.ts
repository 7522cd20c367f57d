// Moving from the embedded database to PostgreSQL as an operator would: stop the site, export the
// folder, import into a new migrated PostgreSQL, start the site on it; everything is still there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ADMIN, signIn } from './admin';
import { freshPostgres, sendEnquiry, startServer, stopped } from './fault-server';

// `npm run db:<command> -- <file>` against `databaseUrl`; its output.
const cli = (command: 'export' | 'import', file: string, databaseUrl: string) =>
  execFileSync(process.execPath, ['node_modules/.bin/tsx', 'prisma/cli.ts', command, file], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    stdio: 'pipe',
  });

test('an embedded site moved to PostgreSQL starts there with its staff, enquiries and emails', async ({ browser }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'lumina-move-'));
  const file = path.join(dir, 'lumina.dump');
  const admin = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };
  const postgres = await freshPostgres();
  try {
    const embedded = await startServer(3230, `pglite:${dir}/db`, admin);
    const refs = await Promise.all([0, 1, 2].map((i) => sendEnquiry(embedded.url, i, 'move')));
    expect(refs.every((r) => /^ENQ-/.test(r ?? ''))).toBe(true);
    // The folder is the site's while it runs: the export is refused, naming it.
    expect(() => cli('export', file, `pglite:${dir}/db`)).toThrow(/is in use by process/);
    embedded.process.kill('SIGTERM');
    await stopped(embedded.process);

    expect(cli('export', file, `pglite:${dir}/db`)).toMatch(/^Exported \d+ rows from PGlite/);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(cli('import', file, postgres.url)).toMatch(/each table's count matches the dump:\n[\s\S]*Enquiry\s+3\n/);

    // No ADMIN_* this time: the staff account came across, password and all.
    const moved = await startServer(3230, postgres.url);
    try {
      expect((await fetch(`${moved.url}/readyz`)).status).toBe(200);
      const context = await browser.newContext({ baseURL: moved.url });
      const page = await context.newPage();
      await signIn(page, ADMIN);
      await expect(page).toHaveURL(/\/admin$/);
      await page.goto('/admin/requests?q=Faults');
      for (const ref of refs) await expect(page.getByRole('link', { name: ref! })).toBeVisible();
      await page.goto('/admin/mailbox');
      await expect(page.getByRole('row').filter({ hasText: 'fault.move.0@example.co.uk' }).first()).toBeVisible();
      await context.close();
    } finally {
      moved.process.kill('SIGTERM');
      await stopped(moved.process);
    }
  } finally {
    await postgres.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
