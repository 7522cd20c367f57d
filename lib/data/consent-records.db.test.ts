import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provideDb } from '../db/client';
import { applyMigrations } from '../db/migrate';
import { PrismaClient } from '../generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { appendConsentRecord, listConsentHistory, verifyConsentLedger } from './consent-records';

let db: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase();
  await applyMigrations(db.factory);
  prisma = new PrismaClient({ adapter: db.factory });
  provideDb(prisma);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await db?.close();
});

const record = (consentId: string, action: string) => ({
  kind: 'COOKIES' as const,
  consentId,
  action,
  categories: action === 'accept' ? ['necessary', 'analytics'] : ['necessary'],
  source: 'banner',
  policyVersion: '2017-11-24',
  policyHash: 'p'.repeat(64),
  ipHash: '0123456789abcdef',
  uaHash: 'fedcba9876543210',
});

describe(`consent ledger on ${process.env.TEST_DB}`, () => {
  it('chains each record to the one before it', async () => {
    const first = await appendConsentRecord(record('a', 'accept'));
    const second = await appendConsentRecord(record('a', 'withdraw'));
    expect(first.prevHash).toBeNull();
    expect(second.prevHash).toBe(first.hash);
    expect(await verifyConsentLedger()).toEqual({ ok: true, checked: 2, lastHash: second.hash });
  });

  it('keeps one unbroken chain under concurrent appends, across pages of verification', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => appendConsentRecord(record(`c${i}`, i % 2 ? 'reject' : 'accept'))));
    const verdict = await verifyConsentLedger(7);
    expect(verdict).toMatchObject({ ok: true, checked: 27 });
  });

  it("lists a visitor's own history, newest first", async () => {
    const history = await listConsentHistory('a');
    expect(history.map((h) => h.action)).toEqual(['withdraw', 'accept']);
    expect(history[1]?.categories).toEqual(['necessary', 'analytics']);
  });

  it('detects a record changed behind the trigger', async () => {
    const target = await prisma.consentRecord.findFirstOrThrow({ where: { consentId: 'a', action: 'accept' } });
    await prisma.$executeRawUnsafe('ALTER TABLE "ConsentRecord" DISABLE TRIGGER "ConsentRecord_append_only"');
    try {
      await prisma.$executeRaw`UPDATE "ConsentRecord" SET action = 'reject' WHERE id = ${target.id}`;
    } finally {
      await prisma.$executeRawUnsafe('ALTER TABLE "ConsentRecord" ENABLE TRIGGER "ConsentRecord_append_only"');
    }
    expect(await verifyConsentLedger()).toMatchObject({
      ok: false,
      brokenAt: target.id,
      reason: expect.stringMatching(/content was changed/),
    });
  });
});
