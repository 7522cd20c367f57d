import { describe, expect, it } from 'vitest';
import { createSubscriptionRequest } from './sign-up';
import { confirmSubscription } from './subscription';
import { suppressedAmong, suppressionOf } from './suppression';
import { unsubscribe } from './unsubscribe';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { textWithLinks } from '../../testing/opened-email';
import { newsletterSchema } from '../../validations/newsletter';
import { verifyConsentLedger } from '../consent/records';
import { enqueueEmail } from '../email/outbox';

const database = migratedDatabaseForFile();
const fingerprint = { ipHash: 'ip', uaHash: 'ua' };

// Signs up and confirms with the emailed link, as a person would; returns the subscriber's id.
async function activeSubscriber(email: string): Promise<string> {
  await createSubscriptionRequest(
    newsletterSchema.parse({ name: 'Ada', email, company: '', marketingOptIn: 'yes' }),
    crypto.randomUUID(),
  );
  const db = database();
  const message = await db.outboxMessage.findFirstOrThrow({
    where: { toAddress: email, kind: 'newsletter-confirmation' },
    orderBy: { createdAt: 'desc' },
  });
  const token = /token=([\w-]{43})/.exec(await textWithLinks(message))![1]!;
  expect(await confirmSubscription(token, fingerprint)).toBe('valid');
  return (await db.subscriber.findUniqueOrThrow({ where: { email } })).id;
}

describe(`unsubscribing on ${process.env.TEST_DB}`, () => {
  it('records the withdrawal, suppresses the address and cancels queued newsletters, once however often it is asked', async () => {
    const id = await activeSubscriber('leaving@example.com');
    const db = database();
    await db.$transaction((tx) =>
      enqueueEmail(tx, {
        messageKey: 'newsletter:test:leaving',
        kind: 'newsletter',
        to: 'leaving@example.com',
        subject: 'News',
        text: 'News',
        html: '<p>News</p>',
      }),
    );
    const results = await Promise.all([
      unsubscribe(id, { source: 'email:one-click' }),
      unsubscribe(id, { source: 'email:one-click' }),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['already', 'unsubscribed']);
    expect(await db.subscriber.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'UNSUBSCRIBED',
      unsubscribedAt: expect.any(Date),
    });
    const withdrawals = await db.consentRecord.findMany({
      where: { email: 'leaving@example.com', action: 'withdraw' },
    });
    expect(withdrawals).toHaveLength(1);
    expect(withdrawals[0]).toMatchObject({
      kind: 'MARKETING',
      consentId: id,
      source: 'email:one-click',
      categories: ['newsletter'],
    });
    expect(await verifyConsentLedger()).toMatchObject({ ok: true });
    expect(await suppressionOf('Leaving@Example.com')).toMatchObject({ reason: 'unsubscribed' });
    expect(
      await db.outboxMessage.findUniqueOrThrow({ where: { messageKey: 'newsletter:test:leaving' } }),
    ).toMatchObject({ status: 'CANCELLED' });
    // Only a keyed hash is stored.
    expect(JSON.stringify(await db.suppression.findMany())).not.toContain('leaving');
  });

  it('an unknown subscriber is reported, and nothing is written', async () => {
    expect(await unsubscribe(crypto.randomUUID(), { source: 'email:one-click' })).toEqual({
      outcome: 'unknown',
      email: null,
    });
  });

  it('an old confirmation link cannot re-subscribe; a new sign-up confirmed by the person lifts the suppression', async () => {
    await createSubscriptionRequest(
      newsletterSchema.parse({ name: 'Bo', email: 'bo@example.com', company: '', marketingOptIn: 'yes' }),
      crypto.randomUUID(),
    );
    const db = database();
    const old = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: 'bo@example.com' } });
    const oldToken = /token=([\w-]{43})/.exec(await textWithLinks(old))![1]!;
    const { id } = await db.subscriber.findUniqueOrThrow({ where: { email: 'bo@example.com' } });
    // They rang to say no before confirming.
    expect((await unsubscribe(id, { source: 'staff:phone', reason: 'staff' })).outcome).toBe('unsubscribed');
    expect(await confirmSubscription(oldToken, fingerprint)).toBe('expired');
    expect(await suppressedAmong(['bo@example.com', 'nobody@example.com'])).toEqual(new Set(['bo@example.com']));
    // Later they sign up again themselves and confirm.
    expect(await activeSubscriber('bo@example.com')).toBe(id);
    expect(await suppressionOf('bo@example.com')).toBeNull();
    expect(await db.subscriber.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'ACTIVE',
      unsubscribedAt: null,
    });
  });
});
