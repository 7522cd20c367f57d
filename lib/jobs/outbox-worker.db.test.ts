import { describe, expect, it, vi } from 'vitest';
import { deliverDue, LEASE_MS } from './deliver';
import type { Transport } from './transports';
import { claimDueMessages, EmailHeaderError, enqueueEmail, markMessagesSent } from '../data/email/outbox';
import { getDb } from '../db/client';
import { MAX_ATTEMPTS } from '../email/backoff';
import { migratedDatabaseForFile } from '../testing/migrated-client';

const database = migratedDatabaseForFile();

async function queue(keys: string[]) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    for (const key of keys) {
      await enqueueEmail(tx, {
        messageKey: key,
        kind: 'test',
        to: `${key}@example.com`,
        subject: `Subject ${key}`,
        text: 'Hello',
        html: '<p>Hello</p>',
      });
    }
  });
}

// A transport that records what it sent, and can be told to fail.
function recorder(fail: (key: string) => Error | null = () => null) {
  const sent: string[] = [];
  const transport: Transport = {
    name: 'test',
    async send(message) {
      const error = fail(message.messageKey);
      if (error) throw error;
      sent.push(message.messageKey);
    },
  };
  return { sent, transport };
}

describe(`outbox delivery on ${process.env.TEST_DB}`, () => {
  it('records a delivery once the database answers again, so the message is not sent twice', async () => {
    await queue(['record-1']);
    const { sent, transport } = recorder();
    let refusals = 2;
    const recordSent: typeof markMessagesSent = async (...args) => {
      if (refusals-- > 0) throw new Error('Connection terminated unexpectedly');
      return markMessagesSent(...args);
    };
    await deliverDue({ transport, retryBaseMs: 1_000, recordSent, recordRetryMs: [10, 10, 10] });
    expect(sent).toEqual(['record-1']);
    const row = await database().outboxMessage.findUniqueOrThrow({ where: { messageKey: 'record-1' } });
    expect(row.status).toBe('SENT');
    await deliverDue({ transport, retryBaseMs: 1_000, now: () => new Date(Date.now() + 10 * 60_000) });
    expect(sent).toEqual(['record-1']);
  });

  it('records a batch of deliveries in one write, blanking the ones to people since erased', async () => {
    await queue(['batch-1', 'batch-2', 'batch-3']);
    await database().outboxMessage.update({ where: { messageKey: 'batch-2' }, data: { eraseAfterSend: true } });
    const { sent, transport } = recorder();
    const writes: string[][] = [];
    const recordSent: typeof markMessagesSent = (messages, ...rest) => {
      writes.push(messages.map((m) => m.messageKey).sort());
      return markMessagesSent(messages, ...rest);
    };
    await deliverDue({ transport, retryBaseMs: 1_000, recordSent });
    expect(sent.sort()).toEqual(['batch-1', 'batch-2', 'batch-3']);
    expect(writes).toEqual([['batch-1', 'batch-2', 'batch-3']]);
    const rows = await database().outboxMessage.findMany({
      where: { OR: [{ messageKey: { startsWith: 'batch-' } }, { toAddress: 'erased' }] },
      orderBy: { messageKey: 'asc' },
    });
    expect(rows.map((r) => [r.messageKey, r.status, r.toAddress, r.textBody])).toEqual([
      ['batch-1', 'SENT', 'batch-1@example.com', 'Hello'],
      ['batch-2', 'SENT', 'erased', ''],
      ['batch-3', 'SENT', 'batch-3@example.com', 'Hello'],
    ]);
  });

  it('runs one delivery loop per process, however many bundles load the worker', async () => {
    vi.resetModules();
    const a = await import('./outbox-worker');
    vi.resetModules();
    const b = await import('./outbox-worker');
    expect(a).not.toBe(b);
    const first = a.nudgeOutbox();
    expect(b.nudgeOutbox()).toBe(first);
    expect(b.configuredTransport()).toBe(a.configuredTransport());
    await first;
  });

  it('queues a message key once, however often the event is replayed', async () => {
    await queue(['dup-1']);
    await queue(['dup-1']);
    expect(await database().outboxMessage.count({ where: { messageKey: 'dup-1' } })).toBe(1);
    const { sent, transport } = recorder();
    await deliverDue({ transport, retryBaseMs: 1_000 });
    expect(sent.filter((k) => k === 'dup-1')).toHaveLength(1);
  });

  it('retries after a failure with backoff, then delivers exactly once', async () => {
    await queue(['flaky-1', 'flaky-2']);
    let down = true;
    const { sent, transport } = recorder(() => (down ? new Error('connect ECONNREFUSED 127.0.0.1:2525') : null));
    const t0 = new Date();
    expect(await deliverDue({ transport, retryBaseMs: 60_000, now: () => t0 })).toMatchObject({ sent: 0, failed: 2 });
    const failed = await database().outboxMessage.findUniqueOrThrow({ where: { messageKey: 'flaky-1' } });
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'connect ECONNREFUSED 127.0.0.1:2525' });
    expect(failed.nextAttemptAt.getTime() - t0.getTime()).toBeGreaterThanOrEqual(48_000);
    // Not due yet: nothing is tried, even though the server is back.
    down = false;
    expect(await deliverDue({ transport, retryBaseMs: 60_000, now: () => t0 })).toMatchObject({ sent: 0, failed: 0 });
    const later = new Date(t0.getTime() + 2 * 60_000);
    expect(await deliverDue({ transport, retryBaseMs: 60_000, now: () => later })).toMatchObject({ sent: 2 });
    expect(await deliverDue({ transport, retryBaseMs: 60_000, now: () => later })).toMatchObject({ sent: 0 });
    // Each retry time has its own jitter, so either may go first; each goes exactly once.
    expect([...sent].sort()).toEqual(['flaky-1', 'flaky-2']);
    expect(await database().outboxMessage.findUniqueOrThrow({ where: { messageKey: 'flaky-2' } })).toMatchObject({
      status: 'SENT',
      transport: 'test',
      attempts: 2,
    });
  });

  it('gives up on a permanent refusal (5xx) and after the last attempt, keeping the message and its error', async () => {
    await queue(['refused']);
    const refused = Object.assign(new Error('550 No such user'), { responseCode: 550 });
    await deliverDue({ transport: recorder(() => refused).transport, retryBaseMs: 1_000 });
    expect(await database().outboxMessage.findUniqueOrThrow({ where: { messageKey: 'refused' } })).toMatchObject({
      status: 'FAILED',
      lastError: '550 No such user',
    });

    await queue(['hopeless']);
    const { transport } = recorder(() => new Error('timeout'));
    let clock = Date.now();
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await deliverDue({ transport, retryBaseMs: 1_000, now: () => new Date(clock) });
      clock += 7 * 60 * 60 * 1000;
    }
    expect(await database().outboxMessage.findUniqueOrThrow({ where: { messageKey: 'hopeless' } })).toMatchObject({
      status: 'FAILED',
      attempts: MAX_ATTEMPTS,
    });
  });

  it('a worker that dies mid-batch loses its messages only until its lease ends; each is then sent once', async () => {
    await queue(['crash-1', 'crash-2', 'crash-3']);
    const now = new Date();
    // The dead worker claimed the batch and sent nothing.
    const abandoned = await claimDueMessages(10, 60_000, now);
    expect(abandoned.map((m) => m.messageKey).sort()).toEqual(['crash-1', 'crash-2', 'crash-3']);
    const { sent, transport } = recorder();
    await deliverDue({ transport, retryBaseMs: 1_000, now: () => now });
    expect(sent).toEqual([]);
    const afterLease = new Date(now.getTime() + 61_000);
    await deliverDue({ transport, retryBaseMs: 1_000, now: () => afterLease });
    expect(sent.sort()).toEqual(['crash-1', 'crash-2', 'crash-3']);
  });

  it('refuses an email whose subject or headers carry a line break, and stores nothing', async () => {
    const email = {
      messageKey: 'inject',
      kind: 'test',
      to: 'a@example.com',
      subject: 'Hello',
      text: 'Hi',
      html: '<p>Hi</p>',
    };
    const attempt = (patch: object) =>
      getDb().then((db) => db.$transaction((tx) => enqueueEmail(tx, { ...email, ...patch })));
    await expect(attempt({ subject: 'Hello\r\nBcc: everyone@example.com' })).rejects.toThrow(EmailHeaderError);
    await expect(attempt({ to: 'a@example.com\nBcc: b@example.com' })).rejects.toThrow(
      'To header may not contain line breaks',
    );
    await expect(attempt({ headers: { 'Reply-To': 'x@example.com\r\nBcc: y@example.com' } })).rejects.toThrow(
      EmailHeaderError,
    );
    await expect(attempt({ headers: { 'Bad Name:': 'x' } })).rejects.toThrow(EmailHeaderError);
    expect(await database().outboxMessage.count({ where: { messageKey: 'inject' } })).toBe(0);
  });

  it('two workers running at once never send the same message twice', async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `race-${i}`);
    await queue(keys);
    const a = recorder();
    const b = recorder();
    await Promise.all([
      deliverDue({ transport: a.transport, retryBaseMs: 1_000, batch: 3 }),
      deliverDue({ transport: b.transport, retryBaseMs: 1_000, batch: 3 }),
    ]);
    const all = [...a.sent, ...b.sent].filter((k) => k.startsWith('race-'));
    expect(all.sort()).toEqual([...keys].sort());
  });

  it('a stopping worker finishes what it started and gives the rest back at once, not counted as attempts', async () => {
    const keys = Array.from({ length: 10 }, (_, i) => `stop-${i}`);
    await queue(keys);
    let stop = false;
    const sent: string[] = [];
    const transport: Transport = {
      name: 'test',
      async send(message) {
        sent.push(message.messageKey);
        stop = true; // SIGTERM arrives while the first messages are on the wire
        await new Promise((r) => setTimeout(r, 20));
      },
    };
    const tally = await deliverDue({ transport, retryBaseMs: 1_000, stopping: () => stop });
    expect(tally.sent).toBe(sent.length);
    expect(tally.released).toBe(10 - sent.length);
    expect(tally.released).toBeGreaterThan(0);
    const rows = await database().outboxMessage.findMany({ where: { messageKey: { in: keys } } });
    const left = rows.filter((r) => r.status === 'PENDING');
    expect(left.map((r) => r.messageKey).sort()).toEqual(keys.filter((k) => !sent.includes(k)).sort());
    expect(left.every((r) => r.lockedUntil === null && r.attempts === 0)).toBe(true);
    // Another instance sends them at once, each once.
    const other = recorder();
    await deliverDue({ transport: other.transport, retryBaseMs: 1_000 });
    expect([...sent, ...other.sent.filter((k) => k.startsWith('stop-'))].sort()).toEqual([...keys].sort());
  });

  it('renews the lease of a message still being sent, so a slow send is not taken by another worker', async () => {
    await queue(['slow-1']);
    let finish!: () => void;
    const before = Date.now();
    const started = new Promise<void>((resolve) => {
      const transport: Transport = {
        name: 'test',
        send: () => (resolve(), new Promise<void>((r) => (finish = r))),
      };
      void deliverDue({ transport, retryBaseMs: 1_000 }).then(() => undefined);
    });
    await started;
    const first = await database().outboxMessage.findUniqueOrThrow({ where: { messageKey: 'slow-1' } });
    await vi.waitFor(
      async () => {
        const row = await database().outboxMessage.findUniqueOrThrow({ where: { messageKey: 'slow-1' } });
        expect(row.lockedUntil!.getTime()).toBeGreaterThan(first.lockedUntil!.getTime());
      },
      { timeout: 10_000, interval: 250 },
    );
    // The lease was short to begin with: a worker that died would free it within LEASE_MS.
    expect(first.lockedUntil!.getTime() - before).toBeLessThanOrEqual(LEASE_MS + 1_000);
    finish();
    await vi.waitFor(async () => {
      expect((await database().outboxMessage.findUniqueOrThrow({ where: { messageKey: 'slow-1' } })).status).toBe(
        'SENT',
      );
    });
  });
});
