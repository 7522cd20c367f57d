// The retention purge: staff set how long each record type is kept; a daily run (claimed by one
// instance per UK day) or a member of staff removes what is older, and each run is logged.
import { applyRules } from './rules';
import { getDb } from '../../db/client';
import { Prisma } from '../../generated/prisma/client';
import { effectiveDays, type RetentionType } from '../../retention/policy';

// The periods in force (stored settings over the defaults).
export async function retentionDays() {
  const db = await getDb();
  return effectiveDays(await db.retentionSetting.findMany());
}

// Changes one period; the caller has checked it is in range (lib/validations/retention.ts).
export async function setRetentionDays(recordType: RetentionType, days: number, actor: string) {
  const db = await getDb();
  await db.retentionSetting.upsert({
    where: { recordType },
    create: { recordType, days, updatedBy: actor },
    update: { days, updatedBy: actor },
  });
}

export type PurgeResult = { runId: bigint; removed: Record<string, number>; dryRun: boolean };

// Runs the purge now (or, as a dry run, only counts) and logs the run with its figures.
export async function runPurge({
  dryRun,
  trigger,
  runKey = null,
  now = new Date(),
}: {
  dryRun: boolean;
  trigger: string;
  runKey?: string | null;
  now?: Date;
}): Promise<PurgeResult | null> {
  const db = await getDb();
  let run;
  try {
    run = await db.retentionRun.create({ data: { dryRun, trigger, runKey, startedAt: now } });
  } catch (error) {
    // Another instance has already claimed today's scheduled run.
    if (runKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return null;
    throw error;
  }
  try {
    const removed = await applyRules(db, await retentionDays(), now, dryRun);
    await db.retentionRun.update({ where: { id: run.id }, data: { removed, finishedAt: new Date() } });
    return { runId: run.id, removed, dryRun };
  } catch (error) {
    await db.retentionRun.update({
      where: { id: run.id },
      data: { error: error instanceof Error ? error.message : String(error), finishedAt: new Date() },
    });
    throw error;
  }
}

const ukDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The daily purge: the first instance to ask on a UK day runs it; the others find it claimed.
export function runScheduledPurge(now = new Date()) {
  return runPurge({ dryRun: false, trigger: 'schedule', runKey: `scheduled:${ukDate.format(now)}`, now });
}

// The latest runs, newest first, for the back office.
export async function listRetentionRuns(take = 20) {
  const db = await getDb();
  return db.retentionRun.findMany({ orderBy: { id: 'desc' }, take });
}
