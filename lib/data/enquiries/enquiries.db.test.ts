import { describe, expect, it } from 'vitest';
import { createEnquiry } from './enquiries';
import { queueOwedRequestEmails } from './owed-emails';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { enquirySchema } from '../../validations/enquiry';
import { verifyConsentLedger } from '../consent/records';
import { consumeFormLimits } from '../forms/rate-limits';

const database = migratedDatabaseForFile();
const enquiry = (email: string, marketingOptIn: boolean) =>
  enquirySchema.parse({
    name: 'Ada',
    email,
    company: 'Engines Ltd',
    message: 'Hello',
    preferredContact: 'EMAIL',
    marketingOptIn,
  });

describe(`enquiries on ${process.env.TEST_DB}`, () => {
  it('without the opt-in: stores the enquiry, and no subscriber and no marketing consent', async () => {
    const { reference } = await createEnquiry(enquiry('no-marketing@example.com', false), crypto.randomUUID());
    expect(reference).toMatch(/^ENQ-[2-9A-HJ-NP-Z]{6}$/);
    const db = database();
    expect(await db.subscriber.count({ where: { email: 'no-marketing@example.com' } })).toBe(0);
    expect(await db.consentRecord.count({ where: { email: 'no-marketing@example.com' } })).toBe(0);
    // The acknowledgement and the team's notification are owed until the outbox worker queues them; no confirmation.
    expect(await db.outboxMessage.count({ where: { subject: { contains: reference } } })).toBe(0);
    await queueOwedRequestEmails();
    const emails = await db.outboxMessage.findMany({
      where: { subject: { contains: reference } },
      orderBy: { kind: 'asc' },
    });
    expect(emails.map((m) => [m.kind, m.toAddress])).toEqual([
      ['enquiry-acknowledgement', 'no-marketing@example.com'],
      ['enquiry-notification', 'info@luminaenergy.co.uk'],
    ]);
    expect(emails[1]!.headers).toEqual({ 'Reply-To': 'no-marketing@example.com' });
    expect(await db.outboxMessage.count({ where: { toAddress: 'no-marketing@example.com' } })).toBe(1);
  });

  it('with the opt-in: records the marketing consent with its wording and a subscriber awaiting confirmation', async () => {
    await createEnquiry(enquiry('yes@example.com', true), crypto.randomUUID());
    const db = database();
    const consent = await db.consentRecord.findFirstOrThrow({ where: { email: 'yes@example.com' } });
    expect(consent).toMatchObject({
      kind: 'MARKETING',
      action: 'opt-in',
      source: 'form:enquiry',
      wordingHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(consent.wording).toMatch(/^Yes, email me Lumina Energy’s monthly newsletter/);
    expect(await db.subscriber.findUniqueOrThrow({ where: { email: 'yes@example.com' } })).toMatchObject({
      status: 'PENDING',
    });
    expect(await verifyConsentLedger()).toMatchObject({ ok: true });
  });

  it('stores one row per submission key, however often or concurrently it is sent', async () => {
    const key = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => createEnquiry(enquiry('twice@example.com', true), key)),
    );
    expect(new Set(results.map((r) => r.reference)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    const db = database();
    expect(await db.enquiry.count({ where: { email: 'twice@example.com' } })).toBe(1);
    expect(await db.consentRecord.count({ where: { email: 'twice@example.com' } })).toBe(1);
    await queueOwedRequestEmails();
    // One acknowledgement and one confirmation, however many copies arrived.
    expect(await db.outboxMessage.count({ where: { toAddress: 'twice@example.com' } })).toBe(2);
  });

  it('lets a person through when an outsider has used up what they may send for that address', async () => {
    const limits = { perIp: 100, perEmail: 2, perEmailAnywhere: 10 };
    const outsider = [];
    for (let i = 0; i < 3; i++)
      outsider.push(await consumeFormLimits('test-pair', '203.0.113.66', 'victim@example.com', limits));
    expect(outsider.map((o) => (o.ok ? 'ok' : o.limited))).toEqual(['ok', 'ok', 'email']);
    expect((await consumeFormLimits('test-pair', '198.51.100.20', 'victim@example.com', limits)).ok).toBe(true);
  });

  it('rate-limits per email and per IP, in the shared database', async () => {
    const limits = { perIp: 3, perEmail: 2, perEmailAnywhere: 2 };
    const outcomes = [];
    for (let i = 0; i < 3; i++)
      outcomes.push(await consumeFormLimits('test', `198.51.100.${i}`, 'limit@example.com', limits));
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, false]);
    expect(outcomes[2]).toMatchObject({ ok: false, limited: 'email', retryAfterS: expect.any(Number) });
    const byIp = [];
    for (let i = 0; i < 4; i++)
      byIp.push(await consumeFormLimits('test', '198.51.100.9', `ip${i}@example.com`, limits));
    expect(byIp.map((o) => (o.ok ? 'ok' : o.limited))).toEqual(['ok', 'ok', 'ok', 'ip']);
    expect(await database().rateLimiterFlexible.count()).toBeGreaterThan(0);
    expect(JSON.stringify(await database().rateLimiterFlexible.findMany())).not.toContain('limit@example.com');
  });
});
