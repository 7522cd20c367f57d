// Newsletter fan-out: 10,000 active subscribers queued into the outbox (time, peak memory), against a
// baseline that inserts 10,000 ready-made rows of the same size with no rendering, signing or leases;
// then delivery to a local SMTP sink through the worker, against nodemailer sending the same messages
// straight from memory. On PGlite and on PostgreSQL.
// node-flags: --conditions=react-server
// (the data layer is server-only; this condition lets it load outside Next.js)
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { report } from './lib/load';
import { provideDb } from '../lib/db/client';
import { applyMigrations } from '../lib/db/migrate';
import { PrismaClient } from '../lib/generated/prisma/client';
import { createTestDatabase } from '../lib/testing/test-database';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 1_000);
const BODY = `# Winter rates\n\n${'Fixed business energy prices are **down** this month. [Get a quote](https://www.luminaenergy.co.uk/quote)\n\n'.repeat(20)}`;

// Peak resident memory while `fn` runs, sampled every 10 ms.
async function measured<T>(fn: () => Promise<T>) {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  return { value, ms, peakMb: (Math.max(peak, process.memoryUsage().rss) - start) / 1024 / 1024 };
}

async function sink() {
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData: (s, _x, cb) => s.on('end', () => (count++, cb())).resume(),
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    count: () => count,
    close: () => new Promise<void>((r) => server.close(r)),
  };
}

async function lane(engine: 'pglite' | 'postgres') {
  process.env.TEST_DB = engine;
  const database = await createTestDatabase();
  await applyMigrations(database.factory);
  const db = new PrismaClient({ adapter: database.factory });
  provideDb(db, database.sql);
  await (await import('../lib/data/site/secrets')).getSecrets();
  const { fanOutNewsletters } = await import('../lib/data/newsletter/fan-out');
  const { createNewsletter, startSending } = await import('../lib/data/newsletter/issues');
  const { deliverDue } = await import('../lib/jobs/deliver');
  const { smtpTransport } = await import('../lib/jobs/transports');
  for (let i = 0; i < SUBSCRIBERS; i += 1_000) {
    await db.subscriber.createMany({
      data: Array.from({ length: Math.min(1_000, SUBSCRIBERS - i) }, (_, j) => ({
        email: `s${i + j}@example.com`,
        status: 'ACTIVE' as const,
      })),
    });
  }

  // Baseline: the same number of rows, of the same size, inserted in the same batch size.
  const sample = {
    kind: 'baseline',
    toAddress: 'x@example.com',
    subject: 'Winter rates',
    textBody: BODY,
    htmlBody: `<html>${BODY}${' '.repeat(3_000)}</html>`,
  };
  const baseline = await measured(async () => {
    for (let i = 0; i < SUBSCRIBERS; i += 500) {
      await db.outboxMessage.createMany({
        data: Array.from({ length: Math.min(500, SUBSCRIBERS - i) }, (_, j) => ({
          ...sample,
          messageKey: `baseline:${i + j}`,
        })),
      });
    }
  });
  await db.outboxMessage.deleteMany({ where: { kind: 'baseline' } });

  const id = await createNewsletter({ subject: 'Winter rates', markdown: BODY }, 'bench@lumina.test');
  await startSending(id, 'bench@lumina.test');
  const fanout = await measured(() => fanOutNewsletters({ batch: 500 }));
  if (fanout.value !== SUBSCRIBERS) throw new Error(`queued ${fanout.value}, expected ${SUBSCRIBERS}`);

  // Delivery: the first DELIVERIES copies through the worker; the rest are set aside.
  const keep = await db.outboxMessage.findMany({
    where: { newsletterId: id },
    orderBy: { id: 'asc' },
    take: DELIVERIES,
    select: { id: true, toAddress: true, subject: true, textBody: true, htmlBody: true },
  });
  await db.outboxMessage.updateMany({
    where: { newsletterId: id, id: { notIn: keep.map((k) => k.id) } },
    data: { status: 'CANCELLED' },
  });
  const smtp = await sink();
  const transport = smtpTransport(smtp.url, 'Lumina Energy <info@luminaenergy.co.uk>');
  const worker = await measured(() => deliverDue({ transport, retryBaseMs: 1_000 }));
  transport.close?.();
  const direct = nodemailer.createTransport(smtp.url, { pool: true, maxConnections: 5 } as never);
  // The same concurrency as the worker: ten at a time over five pooled connections.
  const raw = await measured(async () => {
    for (let i = 0; i < keep.length; i += 10) {
      await Promise.all(
        keep.slice(i, i + 10).map((m) =>
          direct.sendMail({
            from: 'info@luminaenergy.co.uk',
            to: m.toAddress,
            subject: m.subject,
            text: m.textBody,
            html: m.htmlBody,
          }),
        ),
      );
    }
  });
  direct.close();
  const delivered = smtp.count();
  await smtp.close();
  await db.$disconnect();
  await database.close();
  if (worker.value.sent !== DELIVERIES || delivered !== 2 * DELIVERIES)
    throw new Error(`delivered ${worker.value.sent} by the worker, ${delivered} in all`);

  const perS = (n: number, ms: number) => Math.round((n / ms) * 1000);
  console.log(
    `${engine.padEnd(8)} fan-out ${SUBSCRIBERS} in ${fanout.ms.toFixed(0)} ms (peak +${fanout.peakMb.toFixed(1)} MB); baseline insert ${baseline.ms.toFixed(0)} ms (peak +${baseline.peakMb.toFixed(1)} MB)`,
  );
  console.log(
    `${engine.padEnd(8)} delivery ${perS(DELIVERIES, worker.ms)} msg/s through the outbox; nodemailer alone ${perS(DELIVERIES, raw.ms)} msg/s`,
  );
  report(`newsletter fan-out (${engine})`, {
    subscribers: SUBSCRIBERS,
    'fan-out ms': Math.round(fanout.ms),
    'peak MB': fanout.peakMb.toFixed(1),
    'baseline ms': Math.round(baseline.ms),
    'ratio time': (fanout.ms / baseline.ms).toFixed(2),
  });
  report(`newsletter delivery (${engine})`, {
    'msg/s': perS(DELIVERIES, worker.ms),
    'baseline msg/s': perS(DELIVERIES, raw.ms),
    'ratio msg/s': (raw.ms / worker.ms).toFixed(2),
  });
}

await lane('pglite');
await lane('postgres');
