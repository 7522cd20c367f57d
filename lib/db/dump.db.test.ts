// Moving the site's data: a seeded database (this lane's: PGlite or PostgreSQL) is dumped and loaded
// into a new, migrated PostgreSQL; every table's rows arrive exactly, the consent ledger still
// verifies there, and a dump is refused where it cannot load cleanly.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './adapters';
import { provideDb } from './client';
import { DumpError, loadDump, type Sql, writeDump } from './dump';
import { applyMigrations } from './migrate';
import { appendConsentRecord, verifyConsentLedger } from '../data/consent/records';
import { enqueueEmail } from '../data/email/outbox';
import { PrismaClient } from '../generated/prisma/client';
import { migratedDatabaseForFile } from '../testing/migrated-client';
import { dropTestDatabase, withAdminClient } from '../testing/postgres-admin';
import { TEST_POSTGRES_URL } from '../testing/postgres-url';

const database = migratedDatabaseForFile();

const snapshot = <T>(client: PrismaClient, work: (sql: Sql) => Promise<T>) =>
  client.$transaction((tx) => work((statement, ...params) => tx.$queryRawUnsafe(statement, ...params)), {
    isolationLevel: 'RepeatableRead',
    timeout: 120_000,
  });

// The dump's lines, as a file would give them back.
async function dumpOf(client: PrismaClient): Promise<string[]> {
  let text = '';
  await snapshot(client, (sql) => writeDump(sql, 'test', async (line) => void (text += line), 100));
  return text.split('\n').filter(Boolean);
}

async function* each(lines: string[]) {
  yield* lines;
}

// A new PostgreSQL database, migrated, with a client on it; dropped by `drop`.
async function newPostgres() {
  const name = `lumina_move_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ kind: 'postgres', url: url.toString(), display: name });
  await applyMigrations(opened.factory);
  const client = new PrismaClient({ adapter: opened.factory });
  return {
    client,
    sql: opened.sql,
    drop: async () => (await client.$disconnect(), await opened.close(), await dropTestDatabase(name)),
  };
}

const consent = (i: number) => ({
  kind: 'MARKETING' as const,
  consentId: crypto.randomUUID(),
  action: 'opt-in',
  categories: ['marketing'],
  source: 'newsletter',
  policyVersion: '2017-11-24',
  policyHash: 'p'.repeat(64),
  ipHash: null,
  uaHash: null,
  email: `mover.${i}@example.co.uk`,
});

describe(`moving the data from ${process.env.TEST_DB} to PostgreSQL`, () => {
  it('loads every row into a new database, exactly, and the consent ledger verifies there', async () => {
    const source = database();
    for (let i = 0; i < 205; i++) await appendConsentRecord(consent(i)); // three lines of 100 rows
    await source.subscriber.createMany({
      data: [
        { email: 'a@example.co.uk', status: 'ACTIVE', confirmedAt: new Date() },
        { email: 'b@example.co.uk', name: 'Bé “quoted”\ttab' },
      ],
    });
    await source.enquiry.create({
      data: {
        reference: 'ENQ-MOVE01',
        submissionKey: crypto.randomUUID(),
        name: 'Ada',
        email: 'ada@example.co.uk',
        company: 'Move Ltd',
        message: 'Line one\nLine two ✓',
      },
    });
    await source.$transaction((tx) =>
      enqueueEmail(tx, {
        messageKey: 'move-1',
        kind: 'test',
        to: 'ada@example.co.uk',
        subject: 'Hi',
        text: 'Link: http://x/unsubscribe/abc',
        html: '<p>Hi</p>',
      }),
    );
    const competition = await source.competition.create({
      data: {
        slug: 'move',
        title: 'T',
        description: 'D',
        terms: 'T',
        question: 'Q',
        options: ['a', 'b'],
        correctOption: 1,
        opensAt: new Date(),
        closesAt: new Date(),
        createdBy: 'x',
      },
    });
    const entry = await source.competitionEntry.create({
      data: {
        reference: 'CMP-MOVE01',
        submissionKey: crypto.randomUUID(),
        competitionId: competition.id,
        name: 'E',
        email: 'e@example.co.uk',
        answer: 1,
      },
    });
    await source.competitionDraw.create({
      data: {
        competitionId: competition.id,
        winnerEntryId: entry.id,
        winnerReference: entry.reference,
        eligibleCount: 1,
        entriesDigest: 'd',
        chosenIndex: 0,
        drawnBy: 'x',
      },
    });

    const lines = await dumpOf(source);
    const footer = JSON.parse(lines.at(-1)!) as { counts: Record<string, number> };
    expect(footer.counts).toMatchObject({
      ConsentRecord: 205,
      Subscriber: 2,
      Enquiry: 1,
      OutboxMessage: 1,
      CompetitionDraw: 1,
    });

    const target = await newPostgres();
    try {
      const loaded = await snapshot(target.client, (sql) => loadDump(sql, each(lines)));
      expect(loaded).toEqual(footer.counts);
      // Table by table, the copy is the original: a second dump of the target has the same rows.
      expect((await dumpOf(target.client)).slice(1)).toEqual(lines.slice(1));
      // New rows take ids after the old ones, and the ledger carries on from its last hash.
      provideDb(target.client, target.sql);
      const next = await appendConsentRecord(consent(9_999));
      expect(next.id).toBe(206n);
      expect(await verifyConsentLedger()).toMatchObject({ ok: true, checked: 206 });
      expect(await target.client.outboxMessage.findUniqueOrThrow({ where: { messageKey: 'move-1' } })).toMatchObject({
        status: 'PENDING',
        toAddress: 'ada@example.co.uk',
      });

      // Loading again is refused: the database is no longer empty, and nothing changes.
      await expect(snapshot(target.client, (sql) => loadDump(sql, each(lines)))).rejects.toThrow(
        /not empty \(\w+ has \d+ rows\)/,
      );
      expect(await target.client.consentRecord.count()).toBe(206);
    } finally {
      database.provide();
      await target.drop();
    }
  }, 120_000);

  it('refuses a file that is not a dump, one cut short, and one made at another migration', async () => {
    const lines = await dumpOf(database());
    const target = await newPostgres();
    try {
      const load = (file: string[]) => snapshot(target.client, (sql) => loadDump(sql, each(file)));
      await expect(load(['{"hello":1}'])).rejects.toThrow('not a Lumina database dump');
      await expect(load(lines.slice(0, -1))).rejects.toThrow('cut short');
      const header = JSON.parse(lines[0]!) as { migrations: string[] };
      await expect(
        load([
          JSON.stringify({ ...header, migrations: [...header.migrations, '29990101000000_future'] }),
          ...lines.slice(1),
        ]),
      ).rejects.toThrow(DumpError);
      expect(await target.client.consentRecord.count()).toBe(0);
    } finally {
      await target.drop();
    }
  });
});
