// Staff passkeys: the credentials' public keys and counters, their owners' names for them, and the
// challenges already answered (each is accepted once, whichever instance is shown it).
import { keepOnlySession } from './sessions';
import { getDb } from '../../db/client';

export type StoredPasskey = {
  id: string;
  userId: string;
  credentialId: string;
  publicKey: Uint8Array<ArrayBuffer>;
  counter: number;
  transports: string[];
};
export type PasskeySummary = { id: string; name: string; backedUp: boolean; createdAt: Date; lastUsedAt: Date | null };

const toStored = (row: {
  id: string;
  userId: string;
  credentialId: string;
  publicKey: Uint8Array;
  counter: bigint;
  transports: string[];
}): StoredPasskey => ({
  ...row,
  publicKey: new Uint8Array(row.publicKey),
  counter: Number(row.counter),
});

// The account's passkeys, newest first, for its account page.
export async function listPasskeys(userId: string): Promise<PasskeySummary[]> {
  return (await getDb()).staffPasskey.findMany({
    where: { userId },
    select: { id: true, name: true, backedUp: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: 'desc' },
  });
}

// The credentials of an account, to name in a challenge (so the browser offers only those).
export async function passkeysOf(userId: string): Promise<StoredPasskey[]> {
  const rows = await (await getDb()).staffPasskey.findMany({ where: { userId } });
  return rows.map(toStored);
}

// The passkey a browser answered with, found by its credential ID.
export async function passkeyByCredentialId(credentialId: string): Promise<StoredPasskey | null> {
  const row = await (await getDb()).staffPasskey.findUnique({ where: { credentialId } });
  return row ? toStored(row) : null;
}

export type NewPasskey = {
  credentialId: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
  backedUp: boolean;
  name: string;
};

// Keeps a newly registered passkey, added in session `keepSessionId` (which then counts as having
// passed it; the account's other sessions end). False when that credential is already known.
export async function addPasskey(userId: string, passkey: NewPasskey, keepSessionId: string): Promise<boolean> {
  return (await getDb()).$transaction(async (tx) => {
    const { count } = await tx.staffPasskey.createMany({
      data: [{ userId, ...passkey, publicKey: new Uint8Array(passkey.publicKey), counter: BigInt(passkey.counter) }],
      skipDuplicates: true,
    });
    if (count === 1) await keepOnlySession(tx, userId, keepSessionId, 'PASSKEY');
    return count === 1;
  });
}

// Removes one of the account's own passkeys: its name, or null when there was no such passkey.
export async function removePasskey(userId: string, id: string): Promise<string | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.staffPasskey.findFirst({ where: { id, userId }, select: { name: true } });
    if (!row) return null;
    await tx.staffPasskey.delete({ where: { id } });
    return row.name;
  });
}

// Records a sign-in with the passkey: its new counter and when it was used.
export async function recordPasskeyUse(id: string, counter: number, now = new Date()): Promise<void> {
  await (await getDb()).staffPasskey.updateMany({ where: { id }, data: { counter: BigInt(counter), lastUsedAt: now } });
}

// Marks an answered challenge spent: true when this call was the first to answer it.
export async function spendPasskeyChallenge(hash: string, expiresAt: Date, now = new Date()): Promise<boolean> {
  const db = await getDb();
  await db.spentPasskeyChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  const { count } = await db.spentPasskeyChallenge.createMany({
    data: [{ id: hash, expiresAt }],
    skipDuplicates: true,
  });
  return count === 1;
}
