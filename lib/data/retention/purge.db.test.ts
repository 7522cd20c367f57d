import { describe, expect, it } from 'vitest';
import { listRetentionRuns, retentionDays, runPurge, runScheduledPurge, setRetentionDays } from './purge';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { enquirySchema } from '../../validations/enquiry';
import { newsletterSchema } from '../../validations/newsletter';
import { appendConsentRecord, verifyConsentLedger } from '../consent/records';
import { createEnquiry } from '../enquiries/enquiries';
import { createSubscriptionRequest } from '../newsletter/sign-up';

const database = migratedDatabaseForFile();
const DAY = 86_400_000;
const now = new Date('2027-06-01T12:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe(`retention purge on ${process.env.TEST_DB}`, () => {
  it('a dry run counts exactly what the real run then removes, and both are logged', async () => {
    const db = database();
    const oldEnquiry = await createEnquiry(
      enquirySchema.parse({
        name: 'Old',
        email: 'old@example.com',
        company: 'O',
        message: 'Hi',
        preferredContact: 'EMAIL',
      }),
      crypto.randomUUID(),
    );
    const newEnquiry = await createEnquiry(
      enquirySchema.parse({
        name: 'New',
        email: 'new@example.com',
        company: 'N',
        message: 'Hi',
        preferredContact: 'EMAIL',
      }),
      crypto.randomUUID(),
    );
    await db.enquiry.update({ where: { reference: oldEnquiry.reference }, data: { createdAt: ago(800) } });
    await db.enquiry.update({ where: { reference: newEnquiry.reference }, data: { createdAt: ago(10) } });
    // A sign-up never confirmed, long expired; and an unsubscribed subscriber from last year.
    await createSubscriptionRequest(
      newsletterSchema.parse({ name: 'P', email: 'pending@example.com', company: '', marketingOptIn: 'yes' }),
      crypto.randomUUID(),
    );
    await db.subscriber.update({ where: { email: 'pending@example.com' }, data: { createdAt: ago(40) } });
    await db.subscriptionConfirmation.updateMany({
      where: { subscriber: { email: 'pending@example.com' } },
      data: { expiresAt: ago(30) },
    });
    await db.subscriber.create({
      data: { email: 'gone@example.com', status: 'UNSUBSCRIBED', unsubscribedAt: ago(365) },
    });
    // Recorded today: 100 days on, its IP and browser hashes are past the 90-day period.
    const consent = await appendConsentRecord({
      kind: 'COOKIES',
      consentId: crypto.randomUUID(),
      action: 'accept',
      categories: ['necessary'],
      source: 'banner',
      policyVersion: 'v',
      policyHash: 'h',
      ipHash: 'old-ip',
      uaHash: 'old-ua',
    });

    const dry = await runPurge({ dryRun: true, trigger: 'staff:Sam', now: new Date(now.getTime() + 100 * DAY) });
    const real = await runPurge({ dryRun: false, trigger: 'staff:Sam', now: new Date(now.getTime() + 100 * DAY) });
    expect(real!.removed).toEqual(dry!.removed);
    expect(real!.removed).toMatchObject({ enquiries: 1, quotes: 0, unsubscribed: 1, ipHashes: 1 });
    expect(real!.removed.tokens).toBeGreaterThanOrEqual(1);
    expect(await db.enquiry.findMany({ select: { reference: true } })).toEqual([{ reference: newEnquiry.reference }]);
    expect(await db.subscriber.count({ where: { email: { in: ['pending@example.com', 'gone@example.com'] } } })).toBe(
      0,
    );
    expect(await db.consentRecord.findUniqueOrThrow({ where: { id: consent.id } })).toMatchObject({
      ipHash: null,
      uaHash: null,
      fingerprintErasedAt: expect.any(Date),
    });
    expect(await verifyConsentLedger()).toMatchObject({ ok: true });
    const runs = await listRetentionRuns();
    expect(runs.map((r) => [r.dryRun, r.trigger, r.error])).toEqual([
      [false, 'staff:Sam', null],
      [true, 'staff:Sam', null],
    ]);
    // Nothing is left to remove.
    const again = await runPurge({ dryRun: true, trigger: 'staff:Sam', now: new Date(now.getTime() + 100 * DAY) });
    expect(Object.values(again!.removed).every((n) => n === 0)).toBe(true);
  });

  it('uses the periods staff set, and runs the daily purge once per UK day however many instances ask', async () => {
    await setRetentionDays('enquiries', 365, 'Sam');
    expect((await retentionDays()).enquiries).toBe(365);
    const day = new Date('2027-07-01T08:00:00Z');
    const results = await Promise.all([
      runScheduledPurge(day),
      runScheduledPurge(day),
      runScheduledPurge(new Date('2027-07-01T20:00:00Z')),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await runScheduledPurge(new Date('2027-07-02T08:00:00Z'))).not.toBeNull();
  });
});
