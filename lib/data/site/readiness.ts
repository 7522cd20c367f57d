// What /readyz reports: whether this instance can serve, read from the database with a short
// timeout. Counts and names only; no personal data.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { getDb } from '../../db/client';

export type Readiness = {
  database: string; // 'ok', or why not
  pendingMigrations: string[];
  oldestDueEmailAgeS: number | null;
};

const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');
const TIMEOUT_MS = 2_000;

function within<T>(work: Promise<T>): Promise<T> {
  const late = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref();
  });
  return Promise.race([work, late]);
}

// Reads the checks; a database that does not answer is reported, not thrown.
export async function readReadiness(now = new Date()): Promise<Readiness> {
  const folders = (await readdir(/*turbopackIgnore: true*/ MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  try {
    const db = await within(getDb());
    const applied = await within(
      db.$queryRaw<
        { name: string }[]
      >`SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    ).catch((error: unknown) => {
      // No migrations table at all: nothing has been applied yet.
      if (/_prisma_migrations/.test(String(error))) return [];
      throw error;
    });
    const done = new Set(applied.map((row) => row.name));
    const oldest = await within(
      db.outboxMessage
        .findFirst({
          where: { status: 'PENDING', nextAttemptAt: { lte: now } },
          orderBy: { nextAttemptAt: 'asc' },
          select: { nextAttemptAt: true },
        })
        .catch(() => null),
    );
    return {
      database: 'ok',
      pendingMigrations: folders.filter((name) => !done.has(name)).sort(),
      oldestDueEmailAgeS: oldest
        ? Math.max(0, Math.round((now.getTime() - oldest.nextAttemptAt.getTime()) / 1000))
        : null,
    };
  } catch (error) {
    const reason =
      error instanceof Error ? (error.message.split('\n').find((l) => l.trim()) ?? error.name) : String(error);
    return { database: reason.slice(0, 200), pendingMigrations: [], oldestDueEmailAgeS: null };
  }
}
