import { describe, expect, it } from 'vitest';
import { createSubscriptionRequest } from './sign-up';
import { activeSubscribers, countActiveSubscribers, getSubscriberEvidence, listSubscribers } from './subscribers';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { newsletterSchema } from '../../validations/newsletter';

const database = migratedDatabaseForFile();

describe(`subscribers for staff on ${process.env.TEST_DB}`, () => {
  it('exports only ACTIVE subscribers, in batches, and never the pending, unsubscribed or suppressed', async () => {
    const db = database();
    const statuses = ['ACTIVE', 'PENDING', 'UNSUBSCRIBED', 'SUPPRESSED'] as const;
    for (let i = 0; i < 12; i++) {
      await db.subscriber.create({
        data: {
          email: `s${String(i).padStart(2, '0')}@example.com`,
          status: statuses[i % 4]!,
          confirmedAt: new Date(),
          createdAt: new Date(Date.now() + i * 1_000),
        },
      });
    }
    const batches: string[][] = [];
    for await (const batch of activeSubscribers(2)) batches.push(batch.map((s) => s.email));
    expect(batches).toEqual([['s00@example.com', 's04@example.com'], ['s08@example.com']]);
    expect(await countActiveSubscribers()).toBe(3);
    expect((await listSubscribers({ status: 'SUPPRESSED', page: 1, pageSize: 10 })).rows.map((s) => s.email)).toEqual([
      's11@example.com',
      's07@example.com',
      's03@example.com',
    ]);
    expect((await listSubscribers({ q: 'S05@', page: 1, pageSize: 10 })).total).toBe(1);
  });

  it('shows the consent records behind a subscriber', async () => {
    await createSubscriptionRequest(
      newsletterSchema.parse({ name: 'Eve', email: 'eve@example.com', marketingOptIn: 'yes' }),
      crypto.randomUUID(),
    );
    const subscriber = await database().subscriber.findUniqueOrThrow({ where: { email: 'eve@example.com' } });
    const evidence = await getSubscriberEvidence(subscriber.id);
    expect(evidence?.records.map((r) => [r.action, r.source])).toEqual([['opt-in', 'form:newsletter']]);
    expect(evidence?.records[0]?.wording).toMatch(/^Yes, email me/);
    expect(await getSubscriberEvidence(crypto.randomUUID())).toBeNull();
  });
});
