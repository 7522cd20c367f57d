// Competitions: staff set them up; visitors enter once per email address while one is open.
import { getDb } from '../../db/client';
import { entryReceivedEmail } from '../../email/templates/competition';
import { competitionForm } from '../../forms/competition';
import { Prisma } from '../../generated/prisma/client';
import { firstFreeSlug, slugOf } from '../../slug';
import type { CompetitionData, CompetitionEntryData } from '../../validations/competition';
import { enqueueEmail } from '../email/outbox';
import { SubmissionRefused } from '../forms/submissions';
import { type StoredSubmission, storeOnce } from '../forms/submissions';

// Creates a competition with an address made from its title (made unique with a suffix if needed).
export async function createCompetition(data: CompetitionData, actor: string): Promise<string> {
  const db = await getDb();
  const base = slugOf(data.title, 'competition');
  const taken = await db.competition.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const { id } = await db.competition.create({
    data: {
      ...data,
      correctOption: data.correctOption - 1,
      slug: firstFreeSlug(
        base,
        taken.map((t) => t.slug),
      ),
      createdBy: actor,
    },
    select: { id: true },
  });
  return id;
}

// Ends an open competition now (staff ending it early); false if it was not open.
export async function closeCompetitionNow(id: string, now = new Date()): Promise<boolean> {
  const db = await getDb();
  const changed = await db.competition.updateMany({
    where: { id, opensAt: { lte: now }, closesAt: { gt: now } },
    data: { closesAt: now },
  });
  return changed.count > 0;
}

export type CompetitionState = 'upcoming' | 'open' | 'closed';
export const stateOf = (c: { opensAt: Date; closesAt: Date }, now = new Date()): CompetitionState =>
  now < c.opensAt ? 'upcoming' : now < c.closesAt ? 'open' : 'closed';

// Competitions open now (and those closed in the last 30 days, to say so), for the public list.
export async function publicCompetitions(now = new Date()) {
  const db = await getDb();
  return db.competition.findMany({
    where: { opensAt: { lte: now }, closesAt: { gte: new Date(now.getTime() - 30 * 86_400_000) } },
    orderBy: { closesAt: 'asc' },
    select: { id: true, slug: true, title: true, description: true, opensAt: true, closesAt: true },
  });
}

// One competition by its address; an upcoming one is not shown to the public.
export async function competitionBySlug(slug: string) {
  const db = await getDb();
  const found = await db.competition.findUnique({ where: { slug }, omit: { correctOption: true } });
  return found && stateOf(found) !== 'upcoming' ? found : null;
}

// The reference already stored for this form render, if any.
export async function findEntryReference(submissionKey: string): Promise<string | null> {
  const db = await getDb();
  return (
    (await db.competitionEntry.findUnique({ where: { submissionKey }, select: { reference: true } }))?.reference ?? null
  );
}

const once = 'You have already entered this competition with this email address. Each address can enter once.';

// Stores an entry while the competition is open; a second entry from the same address is refused.
export async function enterCompetition(
  input: CompetitionEntryData,
  submissionKey: string,
  now = new Date(),
): Promise<StoredSubmission> {
  const db = await getDb();
  const competition = await db.competition.findUnique({ where: { id: input.competitionId } });
  if (!competition || stateOf(competition, now) !== 'open')
    throw new SubmissionRefused('This competition is not open for entries.');
  if (input.answer >= competition.options.length)
    throw new SubmissionRefused('Choose one of the answers given.', { answer: 'Choose your answer' });
  try {
    return await storeOnce(submissionKey, {
      prefix: competitionForm.prefix,
      find: findEntryReference,
      insert: async (tx, reference) => {
        const { id } = await tx.competitionEntry.create({
          data: {
            reference,
            submissionKey,
            competitionId: competition.id,
            name: input.name,
            email: input.email,
            answer: input.answer,
            marketingOptIn: input.marketingOptIn,
          },
          select: { id: true },
        });
        const email = entryReceivedEmail({
          name: input.name,
          title: competition.title,
          reference,
          closesAt: competition.closesAt,
        });
        await enqueueEmail(tx, {
          messageKey: `competition-entry:${id}`,
          kind: 'competition-entry',
          to: input.email,
          ...email,
        });
      },
      marketing: input.marketingOptIn
        ? { email: input.email, name: input.name, source: `form:competition:${competition.slug}` }
        : null,
    });
  } catch (error) {
    const duplicate =
      error instanceof Prisma.PrismaClientKnownRequestError &&
      error.code === 'P2002' &&
      (await db.competitionEntry.count({ where: { competitionId: competition.id, email: input.email } })) > 0;
    if (duplicate) throw new SubmissionRefused(once, { email: once });
    throw error;
  }
}
