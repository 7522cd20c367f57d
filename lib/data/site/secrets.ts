// The site's secrets: each from its environment variable when set (checked in lib/env.ts), else
// made once and kept in the database, so a fresh install is secure with no configuration and every
// instance on one database agrees. Loaded once per process and database, at start (instrumentation.ts):
// the embedded database has one connection, so a first load inside a transaction would wait for itself.
import 'server-only';
import { firstSeen, storedSecrets } from './stored-secrets';
import { getDb } from '../../db/client';
import { env } from '../../env';
import type { PrismaClient } from '../../generated/prisma/client';

export type Secrets = {
  form: string;
  /** Signs new unsubscribe and withdrawal links. */
  unsubscribe: string;
  /** Also accepted when reading a link: the secret before a rotation, until `previousUntil`. */
  unsubscribePrevious: string[];
  previousUntil: Date;
  consentHashSalt: string;
  suppressionSalt: string;
  consentCookie: string;
  linkSealing: string;
};

/** How long links signed with the unsubscribe secret before a rotation keep working. */
export const PREVIOUS_SECRET_DAYS = 180;

const NAMES = [
  'FORM_SECRET',
  'UNSUBSCRIBE_SECRET',
  'CONSENT_HASH_SALT',
  'SUPPRESSION_SALT',
  'CONSENT_COOKIE_SECRET',
  'LINK_SEALING_SECRET',
] as const;

async function load(db: PrismaClient): Promise<Secrets> {
  const stored = await storedSecrets(db, NAMES);
  const pick = (name: (typeof NAMES)[number]) => env[name] ?? stored[name]!;
  const unsubscribe = pick('UNSUBSCRIBE_SECRET');
  const previous = [env.UNSUBSCRIBE_SECRET_PREVIOUS, stored.UNSUBSCRIBE_SECRET].filter(
    (v): v is string => Boolean(v) && v !== unsubscribe,
  );
  const since = await firstSeen(db, 'UNSUBSCRIBE_SECRET', unsubscribe);
  return {
    form: pick('FORM_SECRET'),
    unsubscribe,
    unsubscribePrevious: [...new Set(previous)],
    previousUntil: new Date(since.getTime() + PREVIOUS_SECRET_DAYS * 24 * 60 * 60 * 1000),
    consentHashSalt: pick('CONSENT_HASH_SALT'),
    suppressionSalt: pick('SUPPRESSION_SALT'),
    consentCookie: pick('CONSENT_COOKIE_SECRET'),
    linkSealing: pick('LINK_SEALING_SECRET'),
  };
}

type Holder = { luminaSecrets?: WeakMap<PrismaClient, Promise<Secrets>>; luminaSecretsLoaded?: Secrets };
const holder = globalThis as unknown as Holder;

// The secrets for the database this process uses (tests hand lib/data a database per file).
export async function getSecrets(): Promise<Secrets> {
  const db = await getDb();
  const cache = (holder.luminaSecrets ??= new WeakMap());
  let secrets = cache.get(db);
  if (!secrets) {
    secrets = load(db);
    cache.set(db, secrets);
    secrets.then(
      (loaded) => (holder.luminaSecretsLoaded = loaded),
      () => {},
    );
    secrets.catch(() => cache.get(db) === secrets && cache.delete(db));
  }
  return secrets;
}

// The secrets if they are already loaded, without waiting (proxy.ts must never wait on the database
// for every request); else null, and a load is started for the next request.
export function loadedSecrets(): Secrets | null {
  if (!holder.luminaSecretsLoaded) void getSecrets().catch(() => {});
  return holder.luminaSecretsLoaded ?? null;
}

// Every unsubscribe secret a link may have been signed with, newest first.
export async function unsubscribeSecrets(now = new Date()): Promise<string[]> {
  const s = await getSecrets();
  return now < s.previousUntil ? [s.unsubscribe, ...s.unsubscribePrevious] : [s.unsubscribe];
}
