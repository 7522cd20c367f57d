import { describe, expect, it } from 'vitest';
import { appendConsentRecord, listConsentHistory, verifyConsentLedger } from './records';
import { migratedDatabaseForFile } from '../../testing/migrated-client';

const database = migratedDatabaseForFile();

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
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => appendConsentRecord(record(`c${i}`, i % 2 ? 'reject' : 'accept'))),
    );
    const verdict = await verifyConsentLedger(7);
    expect(verdict).toMatchObject({ ok: true, checked: 27 });
  });

  it('queues a burst behind a slow holder of the ledger lock instead of refusing it', async () => {
    const db = database();
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const holder = db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(7041991)`;
      held();
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    });
    await holding;
    const burst = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => appendConsentRecord(record(`burst${i}`, 'accept'))),
    );
    await holder;
    expect(burst.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([]);
    const history = await db.consentRecord.count({ where: { consentId: { startsWith: 'burst' } } });
    expect(history).toBe(30);
  });

  it("lists a visitor's own history, newest first", async () => {
    const history = await listConsentHistory('a');
    expect(history.map((h) => h.action)).toEqual(['withdraw', 'accept']);
    expect(history[1]?.categories).toEqual(['necessary', 'analytics']);
  });

  it('detects a record changed behind the trigger', async () => {
    const target = await database().consentRecord.findFirstOrThrow({ where: { consentId: 'a', action: 'accept' } });
    await database().$executeRawUnsafe('ALTER TABLE "ConsentRecord" DISABLE TRIGGER "ConsentRecord_append_only"');
    try {
      await database().$executeRaw`UPDATE "ConsentRecord" SET action = 'reject' WHERE id = ${target.id}`;
    } finally {
      await database().$executeRawUnsafe('ALTER TABLE "ConsentRecord" ENABLE TRIGGER "ConsentRecord_append_only"');
    }
    expect(await verifyConsentLedger()).toMatchObject({
      ok: false,
      brokenAt: target.id,
      reason: expect.stringMatching(/content was changed/),
    });
  });
});
