// Turns DATABASE_URL into a database choice, with a message a person can act on when it is wrong.
import path from 'node:path';

export const DEFAULT_PGLITE_DIR = '.data/pglite';
export const IN_MEMORY = 'memory://';

export type DatabaseConfig = { kind: 'pglite'; dir: string } | { kind: 'postgres'; url: string; display: string };

export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

const HELP =
  'Use nothing (embedded PGlite in ./.data/pglite), "pglite:<folder>" or "postgres://user:password@host:5432/database".';

// Parses DATABASE_URL once; unset or blank means the embedded default.
export function parseDatabaseUrl(raw: string | undefined): DatabaseConfig {
  const value = raw?.trim() ?? '';
  if (value === '') return { kind: 'pglite', dir: path.resolve(DEFAULT_PGLITE_DIR) };
  if (value.startsWith('pglite:')) {
    const dir = value.slice('pglite:'.length).replace(/^\/\/(?=\/)/, '');
    if (dir === '') throw new DatabaseUrlError(`DATABASE_URL "${value}" names no folder. ${HELP}`);
    return { kind: 'pglite', dir: dir.startsWith(IN_MEMORY) ? dir : path.resolve(dir) };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DatabaseUrlError(`DATABASE_URL is not a valid URL. ${HELP}`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new DatabaseUrlError(
      `DATABASE_URL uses "${url.protocol.replace(/:$/, '')}", which this site does not support. ${HELP}`,
    );
  }
  if (!url.hostname) throw new DatabaseUrlError(`DATABASE_URL names no host. ${HELP}`);
  if (url.pathname.length <= 1) throw new DatabaseUrlError(`DATABASE_URL names no database. ${HELP}`);
  return { kind: 'postgres', url: value, display: describeUrl(url) };
}

// A URL safe to print in logs and errors: never the password.
function describeUrl(url: URL): string {
  return `postgres://${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}${url.pathname}`;
}
