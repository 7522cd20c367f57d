import { describe, expect, it } from 'vitest';
import { recordFailedSignIn, signInLockedFor } from './sign-in-limits';
import { migratedDatabaseForFile } from '../../testing/migrated-client';

const database = migratedDatabaseForFile();

describe(`the staff sign-in lockout on ${process.env.TEST_DB}`, () => {
  it('pauses the guessing address only: the account holder still signs in from their own, and is emailed', async () => {
    const email = 'targeted@lumina.test';
    await database().staffUser.create({ data: { email, name: 'Targeted Colleague', role: 'STAFF' } });
    const warned: boolean[] = [];
    for (let i = 0; i < 25; i++) warned.push(await recordFailedSignIn(email, `203.0.113.${i % 5}`));
    expect(await signInLockedFor(email, '203.0.113.1')).toBeGreaterThan(0);
    // The real user, on their usual address, is not denied.
    expect(await signInLockedFor(email, '192.0.2.10')).toBe(0);
    expect(warned.filter(Boolean)).toHaveLength(1);
    expect(warned.indexOf(true)).toBe(19);
    const mail = await database().outboxMessage.findMany({ where: { kind: 'sign-in-warning', toAddress: email } });
    expect(mail).toHaveLength(1);
    expect(mail[0]!.textBody).toContain('20 wrong passwords were tried');
  });

  it('pauses one address for a day after ten wrong passwords for the account', async () => {
    const email = 'slow-guess@lumina.test';
    for (let i = 0; i < 10; i++) await recordFailedSignIn(email, '198.51.100.9');
    expect(await signInLockedFor(email, '198.51.100.9')).toBeGreaterThan(23 * 60 * 60);
  });
});
