import { describe, expect, it } from 'vitest';
import {
  addPasskey,
  listPasskeys,
  passkeyByCredentialId,
  recordPasskeyUse,
  removePasskey,
  spendPasskeyChallenge,
} from './passkeys';
import { setSecondFactorRequired } from './security-settings';
import { createStaffSession, validateStaffSession } from './sessions';
import { resetSecondFactor } from './two-factor';
import { generateToken } from '../../security/tokens';
import { migratedDatabaseForFile } from '../../testing/migrated-client';

const database = migratedDatabaseForFile();
const noPrint = { ipHash: null, uaHash: null };
const passkey = (credentialId: string, name = 'Work laptop') => ({
  credentialId,
  publicKey: new Uint8Array([1, 2, 3]),
  counter: 0,
  transports: ['internal'],
  backedUp: true,
  name,
});

async function signedIn(email: string) {
  const user = await database().staffUser.create({
    data: { email, name: 'Pass Key', role: 'STAFF', passwordHash: 'x' },
  });
  const token = generateToken();
  const session = await createStaffSession(token, user.id, noPrint);
  return { user, token, session };
}

describe(`staff passkeys on ${process.env.TEST_DB}`, () => {
  it('keeps a new passkey, ends the other sessions, and counts this one as having passed it', async () => {
    const { user, token, session } = await signedIn('add@lumina.test');
    const other = generateToken();
    await createStaffSession(other, user.id, noPrint);
    expect(await addPasskey(user.id, passkey('cred-add'), session.id)).toBe(true);
    expect(await validateStaffSession(other)).toBeNull();
    expect(await validateStaffSession(token)).toMatchObject({
      methods: ['PASSWORD', 'PASSKEY'],
      secondFactorDue: false,
    });
    const stored = await passkeyByCredentialId('cred-add');
    expect(stored).toMatchObject({ userId: user.id, counter: 0, transports: ['internal'] });
    expect([...stored!.publicKey]).toEqual([1, 2, 3]);
  });

  it('refuses a credential that is already known, to anyone', async () => {
    const a = await signedIn('first@lumina.test');
    const b = await signedIn('second@lumina.test');
    expect(await addPasskey(a.user.id, passkey('cred-twice'), a.session.id)).toBe(true);
    expect(await addPasskey(b.user.id, passkey('cred-twice', 'Stolen'), b.session.id)).toBe(false);
    expect((await passkeyByCredentialId('cred-twice'))?.userId).toBe(a.user.id);
  });

  it('asks a password-only session for the passkey, and records its use', async () => {
    const { user, session } = await signedIn('step@lumina.test');
    await addPasskey(user.id, passkey('cred-step'), session.id);
    const later = generateToken();
    expect((await createStaffSession(later, user.id, noPrint)).secondFactorDue).toBe(true);
    expect((await createStaffSession(generateToken(), user.id, noPrint, ['PASSKEY'])).secondFactorDue).toBe(false);
    const { id } = (await passkeyByCredentialId('cred-step'))!;
    const at = new Date('2026-12-01T10:00:00Z');
    await recordPasskeyUse(id, 7, at);
    expect(await listPasskeys(user.id)).toEqual([expect.objectContaining({ name: 'Work laptop', lastUsedAt: at })]);
    expect((await passkeyByCredentialId('cred-step'))?.counter).toBe(7);
  });

  it('removes only the account’s own passkeys', async () => {
    const a = await signedIn('mine@lumina.test');
    const b = await signedIn('theirs@lumina.test');
    await addPasskey(a.user.id, passkey('cred-mine'), a.session.id);
    const { id } = (await passkeyByCredentialId('cred-mine'))!;
    expect(await removePasskey(b.user.id, id)).toBeNull();
    expect(await removePasskey(a.user.id, id)).toBe('Work laptop');
    expect(await listPasskeys(a.user.id)).toEqual([]);
  });

  it('accepts each challenge once, even when instances race for it, and forgets expired ones', async () => {
    const now = new Date();
    const expires = new Date(now.getTime() + 60_000);
    const results = await Promise.all([1, 2, 3].map(() => spendPasskeyChallenge('challenge-a', expires, now)));
    expect(results.filter(Boolean)).toHaveLength(1);
    await spendPasskeyChallenge('challenge-old', new Date(now.getTime() - 1), new Date(now.getTime() - 60_000));
    await spendPasskeyChallenge('challenge-b', expires, now);
    expect(await database().spentPasskeyChallenge.findUnique({ where: { id: 'challenge-old' } })).toBeNull();
  });

  it('confines an account without a second factor once one is required, and lets it go once it adds one', async () => {
    const { user, token, session } = await signedIn('rule@lumina.test');
    expect(await validateStaffSession(token)).toMatchObject({ secondFactorMissing: false });
    await setSecondFactorRequired(true, 'admin@lumina.test');
    expect(await validateStaffSession(token)).toMatchObject({ secondFactorMissing: true, secondFactorDue: false });
    await addPasskey(user.id, passkey('cred-rule'), session.id);
    expect(await validateStaffSession(token)).toMatchObject({ secondFactorMissing: false, secondFactorDue: false });
    await resetSecondFactor(user.id);
    expect(await listPasskeys(user.id)).toEqual([]);
    expect(await validateStaffSession(token)).toBeNull();
    await setSecondFactorRequired(false, 'admin@lumina.test');
  });
});
