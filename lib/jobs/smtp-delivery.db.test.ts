// Delivery through a real SMTP server on loopback (smtp-server), which goes down and comes back.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from './deliver';
import { smtpTransport } from './transports';
import { enqueueEmail } from '../data/email/outbox';
import { getDb } from '../db/client';
import { migratedDatabaseForFile } from '../testing/migrated-client';

const database = migratedDatabaseForFile();
const received: { to: string; messageId: string; subject: string }[] = [];
let down = false;
let port = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onConnect(_session, callback) {
    callback(down ? Object.assign(new Error('Service not available'), { responseCode: 421 }) : undefined);
  },
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    stream.on('end', () => {
      received.push({
        to: session.envelope.rcptTo[0]!.address,
        messageId: /^Message-ID: (.+)$/im.exec(raw)?.[1]?.trim() ?? '',
        subject: /^Subject: (.+)$/im.exec(raw)?.[1]?.trim() ?? '',
      });
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(resolve)));

describe(`SMTP delivery on ${process.env.TEST_DB}`, () => {
  it('with the server down nothing is lost; once it is back, every message arrives exactly once', async () => {
    const keys = Array.from({ length: 25 }, (_, i) => `smtp-outage-${i}`);
    const db = await getDb();
    await db.$transaction(async (tx) => {
      for (const key of keys)
        await enqueueEmail(tx, {
          messageKey: key,
          kind: 'test',
          to: `${key}@example.com`,
          subject: key,
          text: 'Hello',
          html: '<p>Hello</p>',
        });
    });
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, 'Lumina Energy <info@luminaenergy.co.uk>');
    try {
      down = true;
      const t0 = new Date();
      expect(await deliverDue({ transport, retryBaseMs: 1_000, now: () => t0 })).toMatchObject({ sent: 0, failed: 25 });
      expect(
        await database().outboxMessage.count({
          where: { messageKey: { in: keys }, status: 'PENDING', lastError: { not: null } },
        }),
      ).toBe(25);
      down = false;
      const later = new Date(t0.getTime() + 60_000);
      expect(await deliverDue({ transport, retryBaseMs: 1_000, now: () => later })).toMatchObject({
        sent: 25,
        failed: 0,
      });
      expect(await deliverDue({ transport, retryBaseMs: 1_000, now: () => later })).toMatchObject({ sent: 0 });
    } finally {
      transport.close?.();
    }
    const ours = received.filter((m) => m.subject.startsWith('smtp-outage-'));
    expect(ours.map((m) => m.subject).sort()).toEqual([...keys].sort());
    expect(new Set(ours.map((m) => m.messageId)).size).toBe(25);
    expect(await database().outboxMessage.count({ where: { messageKey: { in: keys }, status: 'SENT' } })).toBe(25);
  });
});
