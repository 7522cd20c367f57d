// The secrets the site makes for itself, kept in the database so that every instance uses the same.
import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client';

// Each named secret, made (32 random bytes) by whichever instance asks first; the others read that one.
export async function storedSecrets(db: PrismaClient, names: readonly string[]): Promise<Record<string, string>> {
  await db.serverSecret.createMany({
    data: names.map((name) => ({ name, value: randomBytes(32).toString('base64url') })),
    skipDuplicates: true,
  });
  const rows = await db.serverSecret.findMany({ where: { name: { in: [...names] } } });
  return Object.fromEntries(rows.map((row) => [row.name, row.value]));
}

// When the site first ran with this value of a secret (only a digest of the value is kept).
export async function firstSeen(db: PrismaClient, name: string, value: string): Promise<Date> {
  const key = `seen:${name}:${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;
  await db.serverSecret.createMany({ data: [{ name: key, value: '' }], skipDuplicates: true });
  return (await db.serverSecret.findUniqueOrThrow({ where: { name: key } })).createdAt;
}
