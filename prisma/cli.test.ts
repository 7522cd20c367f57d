import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const folder = mkdtempSync(path.join(tmpdir(), 'lumina-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Runs `npm run db:migrate` the way a person would, with DATABASE_URL set to the given value.
function migrate(databaseUrl: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'prisma/cli.ts', 'migrate'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run db:migrate', { timeout: 120_000 }, () => {
  it('migrates an empty embedded database, then says it is up to date', () => {
    const url = `pglite:${folder}/db`;
    const first = migrate(url);
    expect(first.err).toBe('');
    expect(first.status).toBe(0);
    expect(first.out).toMatch(/Applied \d+ migration\(s\) to PGlite at .*\n {2}\d{14}_init\n/);
    const second = migrate(url);
    expect(second.status).toBe(0);
    expect(second.out).toMatch(/is up to date; no migration to apply/);
  });

  it('refuses an unsupported DATABASE_URL with a clear message and exit code 1', () => {
    const result = migrate('mysql://root@localhost/lumina');
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/^Error: DATABASE_URL uses "mysql", which this site does not support\. Use nothing/);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('says where it could not connect, without the password, when PostgreSQL is unreachable', () => {
    const result = migrate('postgres://lumina:hunter2@127.0.0.1:1/lumina');
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/Cannot reach PostgreSQL at postgres:\/\/lumina@127\.0\.0\.1:1\/lumina/);
    expect(result.err).not.toContain('hunter2');
  });
});
