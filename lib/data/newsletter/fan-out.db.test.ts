import { beforeEach, describe, expect, it } from 'vitest';
import { fanOutNewsletters } from './fan-out';
import { createNewsletter, deliveryCounts, startSending } from './issues';
import { suppress } from './suppression';
import { getDb } from '../../db/client';
import { readUnsubscribeToken } from '../../email/unsubscribe-token';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { openedEmail, textWithLinks } from '../../testing/opened-email';
import { getSecrets } from '../site/secrets';

const database = migratedDatabaseForFile();

async function subscribers(prefix: string, count: number, status: 'ACTIVE' | 'PENDING' | 'UNSUBSCRIBED' = 'ACTIVE') {
  const data = Array.from({ length: count }, (_, i) => ({ email: `${prefix}-${i}@example.com`, status }));
  await database().subscriber.createMany({ data });
}

async function sendingNewsletter(subject: string) {
  const id = await createNewsletter({ subject, markdown: `# ${subject}\n\nHello **everyone**.` }, 'staff@lumina.test');
  expect(await startSending(id, 'staff@lumina.test')).toBe('started');
  return id;
}

describe(`newsletter fan-out on ${process.env.TEST_DB}`, () => {
  // Every send goes to every active subscriber, so each test starts with none.
  beforeEach(async () => {
    const db = database();
    await db.outboxMessage.deleteMany();
    await db.newsletter.deleteMany();
    await db.suppression.deleteMany();
    await db.subscriber.deleteMany();
  });

  it('queues one copy per active, unsuppressed subscriber, each with its own signed unsubscribe link and headers', async () => {
    await subscribers('fan', 250);
    await subscribers('fan-pending', 3, 'PENDING');
    await subscribers('fan-gone', 3, 'UNSUBSCRIBED');
    const db = await getDb();
    await db.$transaction((tx) => suppress(tx, 'fan-7@example.com', 'unsubscribed'));
    const id = await sendingNewsletter('Winter rates');
    expect(await db.newsletter.findUniqueOrThrow({ where: { id } })).toMatchObject({ recipientCount: 250 });

    expect(await fanOutNewsletters({ batch: 40 })).toBe(249);
    expect(await db.newsletter.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'SENT',
      queuedCount: 249,
      queuedAt: expect.any(Date),
    });
    const copies = await db.outboxMessage.findMany({ where: { newsletterId: id } });
    expect(copies).toHaveLength(249);
    expect(copies.some((c) => c.toAddress === 'fan-7@example.com' || !c.toAddress.startsWith('fan-'))).toBe(false);
    const copy = copies.find((c) => c.toAddress === 'fan-3@example.com')!;
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email: 'fan-3@example.com' } });
    // Stored, the links are withheld; the copy as sent carries them.
    expect(JSON.stringify(copy)).not.toMatch(/\/unsubscribe\/[\w-]/);
    expect(copy.textBody).toContain('[link withheld #1]');
    const { headers } = await openedEmail(copy);
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const token = /\/unsubscribe\/([^/>]+)\/one-click>$/.exec(headers['List-Unsubscribe']!)![1]!;
    expect(readUnsubscribeToken((await getSecrets()).unsubscribe, token)).toBe(subscriber.id);
    expect(await textWithLinks(copy)).toContain(`/unsubscribe/${token}`);
    expect(copy.htmlBody).toContain('<strong>everyone</strong>');
    expect(copy.htmlBody).toContain('>Unsubscribe</a>');
    // Nothing more to do.
    expect(await fanOutNewsletters({ batch: 40 })).toBe(0);
    expect((await deliveryCounts([id])).get(id)).toEqual({ PENDING: 249, SENT: 0, FAILED: 0, CANCELLED: 0 });
    expect(await startSending(id, 'staff@lumina.test')).toBe('already');
  });

  it('a worker that dies mid-send holds it only until its lease ends; another finishes it without duplicates', async () => {
    await subscribers('crash', 120);
    const id = await sendingNewsletter('Crash test');
    const db = await getDb();
    // The dead worker queued the first 50 and stopped, still holding its lease.
    const first = await db.subscriber.findMany({
      where: { email: { startsWith: 'crash-' } },
      orderBy: { id: 'asc' },
      take: 50,
    });
    const leaseEnd = new Date(Date.now() + 60_000);
    await db.newsletter.update({
      where: { id },
      data: { fanoutCursor: first.at(-1)!.id, queuedCount: 50, fanoutLockedUntil: leaseEnd },
    });
    await db.outboxMessage.createMany({
      data: first.map((s) => ({
        messageKey: `newsletter:${id}:${s.id}`,
        kind: 'newsletter',
        toAddress: s.email,
        subject: 'Crash test',
        textBody: '-',
        htmlBody: '-',
        newsletterId: id,
      })),
    });
    expect(await fanOutNewsletters({ batch: 30 })).toBe(0);
    const later = () => new Date(leaseEnd.getTime() + 1_000);
    expect(await fanOutNewsletters({ batch: 30, now: later })).toBe(70);
    expect(await db.outboxMessage.count({ where: { newsletterId: id } })).toBe(120);
    expect(await db.newsletter.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'SENT',
      queuedCount: 120,
    });
  });

  it('two instances fanning out at once queue each copy exactly once', async () => {
    await subscribers('race', 300);
    const id = await sendingNewsletter('Race');
    const [a, b] = await Promise.all([fanOutNewsletters({ batch: 25 }), fanOutNewsletters({ batch: 25 })]);
    expect(a + b).toBe(300);
    expect(await database().outboxMessage.count({ where: { newsletterId: id } })).toBe(300);
  });

  it('a stopping instance leaves the send between batches and gives up its lease, so another carries on at once', async () => {
    await subscribers('stop', 90);
    const id = await sendingNewsletter('Stop test');
    let batches = 0;
    const stopping = () => batches++ >= 2; // asked once before claiming, then before each batch
    expect(await fanOutNewsletters({ batch: 30, stopping })).toBe(30);
    expect(await database().newsletter.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'SENDING',
      fanoutLockedUntil: null,
      queuedCount: 30,
    });
    expect(await fanOutNewsletters({ batch: 30 })).toBe(60);
    expect(await database().outboxMessage.count({ where: { newsletterId: id } })).toBe(90);
  });
});
