import { describe, expect, it } from 'vitest';
import { drawWinner } from './competition-draw';
import { createCompetition, enterCompetition } from './competitions';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { toUkLocalInput } from '../../uk-time';
import { competitionEntrySchema, competitionSchema } from '../../validations/competition';
import { SubmissionRefused } from '../forms/submissions';
import { runPurge } from '../retention/purge';

const database = migratedDatabaseForFile();
const HOUR = 3_600_000;
async function competition(opensIn: number, closesIn: number) {
  const now = Date.now();
  return createCompetition(
    competitionSchema.parse({
      title: 'Win a year of free energy advice',
      description: 'Answer one question.',
      terms: 'UK businesses only.',
      question: 'Which gas is natural gas mostly?',
      options: 'Methane\nHelium\nArgon',
      correctOption: '1',
      opensAt: toUkLocalInput(new Date(now + opensIn)),
      closesAt: toUkLocalInput(new Date(now + closesIn)),
    }),
    'Sam',
  );
}
const entry = (competitionId: string, email: string, answer = '0') =>
  enterCompetition(
    competitionEntrySchema.parse({ competitionId, name: `Entrant ${email}`, email, answer, terms: 'yes' }),
    crypto.randomUUID(),
  );

describe(`competitions on ${process.env.TEST_DB}`, () => {
  it('takes one entry per email address, only while open', async () => {
    const id = await competition(-HOUR, HOUR);
    await entry(id, 'once@example.com');
    await expect(entry(id, 'once@example.com', '1')).rejects.toThrow(/already entered this competition/);
    await expect(entry(id, 'ONCE@example.com')).rejects.toBeInstanceOf(SubmissionRefused);
    const db = database();
    expect(await db.competitionEntry.count({ where: { competitionId: id } })).toBe(1);
    const upcoming = await competition(HOUR, 2 * HOUR);
    await expect(entry(upcoming, 'early@example.com')).rejects.toThrow(/not open for entries/);
    expect(
      await db.competition.findUniqueOrThrow({ where: { id }, select: { slug: true, correctOption: true } }),
    ).toEqual({ slug: 'win-a-year-of-free-energy-advice', correctOption: 0 });
  });

  it('draws from the right answers only, after closing, with a logged, reproducible record; a redraw needs a reason', async () => {
    const id = await competition(-HOUR, HOUR);
    for (let i = 0; i < 6; i++) await entry(id, `e${i}@example.com`, i < 4 ? '0' : '2');
    expect(await drawWinner(id, 'Sam', '')).toEqual({ outcome: 'not-closed' });
    const db = database();
    await db.competition.update({ where: { id }, data: { closesAt: new Date(Date.now() - 1000) } });
    const first = await drawWinner(id, 'Sam', '');
    expect(first).toMatchObject({ outcome: 'drawn', eligible: 4 });
    expect(await drawWinner(id, 'Sam', '')).toEqual({ outcome: 'reason-needed' });
    const second = await drawWinner(id, 'Sam', 'First winner did not reply in 14 days');
    expect(second).toMatchObject({ outcome: 'drawn', eligible: 3 });
    const draws = await db.competitionDraw.findMany({
      where: { competitionId: id },
      orderBy: { id: 'asc' },
      include: { winner: true },
    });
    expect(draws.map((d) => d.winner?.answer)).toEqual([0, 0]);
    expect(draws[0]!.winnerEntryId).not.toBe(draws[1]!.winnerEntryId);
    expect(draws[1]).toMatchObject({
      reason: 'First winner did not reply in 14 days',
      drawnBy: 'Sam',
      entriesDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The digest and index identify the winner among the eligible entries, in entry order.
    const eligible = await db.competitionEntry.findMany({
      where: { competitionId: id, answer: 0 },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    expect(eligible[draws[0]!.chosenIndex]!.id).toBe(draws[0]!.winnerEntryId);
    expect(await db.outboxMessage.count({ where: { kind: 'competition-winner' } })).toBe(2);
  });

  it('deletes entries after the retention period; the draw keeps only the winning reference', async () => {
    const db = database();
    const id = await competition(-2 * HOUR, -HOUR);
    await db.competition.update({
      where: { id },
      data: { opensAt: new Date(Date.now() - 3 * HOUR), closesAt: new Date(Date.now() + HOUR) },
    });
    await entry(id, 'old@example.com');
    await db.competition.update({ where: { id }, data: { closesAt: new Date(Date.now() - HOUR) } });
    const drawn = await drawWinner(id, 'Sam', '');
    const purge = await runPurge({ dryRun: false, trigger: 'test', now: new Date(Date.now() + 100 * 24 * HOUR) });
    expect(purge!.removed.competitionEntries).toBeGreaterThanOrEqual(1);
    expect(await db.competitionEntry.count({ where: { competitionId: id } })).toBe(0);
    const draw = await db.competitionDraw.findFirstOrThrow({ where: { competitionId: id } });
    expect(draw).toMatchObject({
      winnerEntryId: null,
      winnerReference: drawn.outcome === 'drawn' ? drawn.winnerReference : 'none',
    });
  });
});
