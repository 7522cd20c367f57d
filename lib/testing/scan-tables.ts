// Searches every table in the database for text, row by row (each row cast to text), so a test
// can prove that nothing about a person is left anywhere, including tables added later.
import type { PrismaClient } from '../generated/prisma/client';

// Which tables still contain each needle (case-insensitive): [] when none do.
export async function tablesContaining(db: PrismaClient, needles: string[]): Promise<string[]> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS "name" FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  if (tables.length < 10) throw new Error(`Expected the app's tables, found ${tables.length}`);
  const hits: string[] = [];
  for (const { name } of tables) {
    for (const needle of needles) {
      const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS "n" FROM "${name.replace(/"/g, '""')}" t WHERE strpos(lower(t::text), lower($1)) > 0`,
        needle,
      );
      if (row?.n) hits.push(`${name} (${row.n}): ${needle}`);
    }
  }
  return hits;
}
