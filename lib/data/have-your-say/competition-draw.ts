// Drawing a competition's winner fairly: after it closes, one entry with the right answer is chosen
// with cryptographic randomness (crypto.randomInt), and the draw is kept as evidence: how many
// entries were eligible, a digest of exactly which ones in order, the index chosen, and by whom.
import { createHash, randomInt } from 'node:crypto';
import { getDb } from '../../db/client';
import { winnerEmail } from '../../email/templates/competition';
import { enqueueEmail } from '../email/outbox';

export type DrawOutcome =
  | { outcome: 'drawn'; winnerReference: string; eligible: number }
  | { outcome: 'not-closed' | 'no-entries' | 'already-drawn' | 'reason-needed' | 'unknown' };

// Draws a winner; drawing again (the first winner could not be reached) needs a reason and never
// picks an entry that has already won.
export async function drawWinner(
  competitionId: string,
  actor: string,
  reason: string,
  now = new Date(),
): Promise<DrawOutcome> {
  return (await getDb()).$transaction(async (tx) => {
    // Two staff pressing "Draw" at once: the second waits here and then sees the first draw.
    await tx.$executeRaw`SELECT 1 FROM "Competition" WHERE "id" = ${competitionId}::uuid FOR UPDATE`;
    const competition = await tx.competition.findUnique({
      where: { id: competitionId },
      include: { draws: { select: { winnerEntryId: true } } },
    });
    if (!competition) return { outcome: 'unknown' };
    if (now < competition.closesAt) return { outcome: 'not-closed' };
    if (competition.draws.length && !reason) return { outcome: 'reason-needed' };
    const previous = competition.draws.map((d) => d.winnerEntryId).filter((id): id is string => id !== null);
    const eligible = await tx.competitionEntry.findMany({
      where: { competitionId, answer: competition.correctOption, id: { notIn: previous } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, reference: true, name: true, email: true },
    });
    if (!eligible.length) return { outcome: 'no-entries' };
    const chosenIndex = randomInt(eligible.length);
    const winner = eligible[chosenIndex]!;
    const entriesDigest = createHash('sha256')
      .update(eligible.map((e) => e.id).join('\n'))
      .digest('hex');
    const draw = await tx.competitionDraw.create({
      data: {
        competitionId,
        winnerEntryId: winner.id,
        winnerReference: winner.reference,
        eligibleCount: eligible.length,
        entriesDigest,
        chosenIndex,
        reason: reason || null,
        drawnBy: actor,
        drawnAt: now,
      },
    });
    await enqueueEmail(tx, {
      messageKey: `competition-winner:${draw.id}`,
      kind: 'competition-winner',
      to: winner.email,
      ...winnerEmail({ name: winner.name, title: competition.title, reference: winner.reference }),
    });
    return { outcome: 'drawn', winnerReference: winner.reference, eligible: eligible.length };
  });
}

// Staff's view of a competition: entries, how many answered right, and every draw.
export async function competitionForStaff(id: string) {
  const db = await getDb();
  const competition = await db.competition.findUnique({
    where: { id },
    include: { draws: { orderBy: { id: 'asc' }, include: { winner: { select: { name: true, email: true } } } } },
  });
  if (!competition) return null;
  const [entries, correct] = await Promise.all([
    db.competitionEntry.count({ where: { competitionId: id } }),
    db.competitionEntry.count({ where: { competitionId: id, answer: competition.correctOption } }),
  ]);
  return { competition, entries, correct };
}

// One page of a competition's entries, in the order they came in (for staff to read through).
export async function competitionEntries(id: string, page: number, pageSize: number) {
  return (await getDb()).competitionEntry.findMany({
    where: { competitionId: id },
    orderBy: [{ createdAt: 'asc' }, { reference: 'asc' }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { id: true, reference: true, name: true, email: true, answer: true, marketingOptIn: true, createdAt: true },
  });
}

// All competitions with their entry counts, newest first.
export async function listCompetitions() {
  const db = await getDb();
  return db.competition.findMany({
    orderBy: { createdAt: 'desc' },
    include: { _count: { select: { entries: true, draws: true } } },
  });
}
