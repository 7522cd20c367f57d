import { describe, expect, it } from 'vitest';
import { countCookieDecisions, lastVerification, listLedger, verifyAndRecord } from './ledger';
import { appendConsentRecord } from './records';
import { ukDay } from '../../consent/decision-series';
import { migratedDatabaseForFile } from '../../testing/migrated-client';

const database = migratedDatabaseForFile();
const staff = { id: null, label: 'sam@lumina.test' };

const cookie = (consentId: string, action: string) => ({
  kind: 'COOKIES' as const,
  consentId,
  action,
  categories: ['necessary'],
  source: 'banner',
  policyVersion: '2017-11-24',
  policyHash: 'p'.repeat(64),
  ipHash: null,
  uaHash: null,
});

describe(`the consent ledger for staff on ${process.env.TEST_DB}`, () => {
  it('finds records by email, consent id or hash prefix, with filters and exact totals', async () => {
    const visitor = crypto.randomUUID();
    await appendConsentRecord(cookie(visitor, 'accept'));
    await appendConsentRecord(cookie(crypto.randomUUID(), 'accept'));
    await appendConsentRecord(cookie(crypto.randomUUID(), 'gpc'));
    const optIn = await appendConsentRecord({
      ...cookie(crypto.randomUUID(), 'opt-in'),
      kind: 'MARKETING',
      email: 'jo@example.com',
      source: 'newsletter',
    });
    const page = { page: 1, pageSize: 10 };

    expect((await listLedger({ ...page, q: 'EXAMPLE' })).rows.map((r) => r.id)).toEqual([optIn.id]);
    expect((await listLedger({ ...page, q: visitor.toUpperCase() })).rows.map((r) => r.consentId)).toEqual([visitor]);
    expect((await listLedger({ ...page, q: optIn.hash.slice(0, 10) })).rows.map((r) => r.id)).toEqual([optIn.id]);
    expect((await listLedger({ ...page, kind: 'COOKIES' })).total).toBe(3);
    expect((await listLedger({ ...page, action: 'accept' })).total).toBe(2);
    expect((await listLedger({ ...page, to: new Date('2020-01-01') })).total).toBe(0);
    const second = await listLedger({ page: 2, pageSize: 3 });
    expect([second.total, second.rows.length]).toEqual([4, 1]);
  });

  it('counts cookie decisions per UK day, leaving marketing consents out', async () => {
    const today = ukDay(new Date());
    const counts = await countCookieDecisions(today);
    expect(counts.filter((c) => c.day === today).sort((a, b) => a.action.localeCompare(b.action))).toEqual([
      { day: today, action: 'accept', count: 2 },
      { day: today, action: 'gpc', count: 1 },
    ]);
  });

  it('keeps each verification verdict, and says how many records came after it', async () => {
    expect(await lastVerification()).toBeNull();
    expect(await verifyAndRecord(staff)).toMatchObject({ ok: true, checked: 4 });
    await appendConsentRecord(cookie(crypto.randomUUID(), 'reject'));
    expect(await lastVerification()).toMatchObject({ ok: true, checked: 4, addedSince: 1, by: staff.label });
  });

  it('reports a forged record, and files its decision under the UK day it was made', async () => {
    // Inserted by hand, outside the chain, late on a summer evening (UTC): already the next day in the UK.
    const forged = await database().consentRecord.create({
      data: {
        ...cookie('forged', 'custom'),
        createdAt: new Date('2026-07-01T23:30:00Z'),
        digest: 'x',
        prevHash: null,
        hash: 'y',
      },
    });
    expect(await countCookieDecisions('2026-07-01')).toContainEqual({ day: '2026-07-02', action: 'custom', count: 1 });
    const verdict = await verifyAndRecord(staff);
    expect(verdict).toMatchObject({ ok: false, checked: 5, brokenAt: String(forged.id) });
    expect(await lastVerification()).toMatchObject({
      ok: false,
      brokenAt: String(forged.id),
      reason: expect.stringMatching(/removed or inserted/),
    });
  });
});
