import { describe, expect, it } from 'vitest';
import { firstSeen, storedSecrets } from './stored-secrets';
import { migratedDatabaseForFile } from '../../testing/migrated-client';

const database = migratedDatabaseForFile();

describe(`the site's own secrets on ${process.env.TEST_DB}`, () => {
  it('are made once, at random, and every instance asking at the same time gets the same ones', async () => {
    const names = ['TEST_SECRET_A', 'TEST_SECRET_B'];
    const answers = await Promise.all(Array.from({ length: 4 }, () => storedSecrets(database(), names)));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]!.TEST_SECRET_A).toMatch(/^[\w-]{43}$/);
    expect(answers[0]!.TEST_SECRET_A).not.toBe(answers[0]!.TEST_SECRET_B);
  });

  it('remember when a value was first seen, keeping only its digest', async () => {
    const first = await firstSeen(database(), 'UNSUBSCRIBE_SECRET', 'a value the operator set, long enough');
    expect(await firstSeen(database(), 'UNSUBSCRIBE_SECRET', 'a value the operator set, long enough')).toEqual(first);
    const rows = await database().serverSecret.findMany({ where: { name: { startsWith: 'seen:' } } });
    expect(JSON.stringify(rows)).not.toContain('operator set');
  });
});
