import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, parseDatabaseUrl } from './database-url';

describe('parseDatabaseUrl', () => {
  it('defaults to embedded PGlite in .data/pglite when unset or blank', () => {
    const expected = { kind: 'pglite', dir: path.resolve('.data/pglite') };
    expect(parseDatabaseUrl(undefined)).toEqual(expected);
    expect(parseDatabaseUrl('   ')).toEqual(expected);
  });

  it('takes a PGlite folder, relative or absolute, or in memory', () => {
    expect(parseDatabaseUrl('pglite:./tmp/db')).toEqual({ kind: 'pglite', dir: path.resolve('tmp/db') });
    expect(parseDatabaseUrl('pglite:///var/lumina')).toEqual({ kind: 'pglite', dir: '/var/lumina' });
    expect(parseDatabaseUrl('pglite:memory://')).toEqual({ kind: 'pglite', dir: 'memory://' });
  });

  it('takes PostgreSQL URLs and never shows the password when describing them', () => {
    const config = parseDatabaseUrl('postgresql://app:s3cret@db.internal:6543/lumina?sslmode=require');
    expect(config).toMatchObject({ kind: 'postgres', display: 'postgres://app@db.internal:6543/lumina' });
    expect(JSON.stringify(config).match(/s3cret/g)).toHaveLength(1);
    expect(config.kind === 'postgres' && config.display).not.toContain('s3cret');
  });

  it.each([
    ['mysql://root@localhost/lumina', /uses "mysql", which this site does not support/],
    ['not a url', /DATABASE_URL is not a valid URL/],
    ['postgres://localhost', /names no database/],
    ['pglite:', /names no folder/],
  ])('rejects %s with a message saying what to write instead', (value, message) => {
    const attempt = () => parseDatabaseUrl(value);
    expect(attempt).toThrow(DatabaseUrlError);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(/"postgres:\/\/user:password@host:5432\/database"/);
  });
});
