import { generateHOTP } from '@oslojs/otp';
import { describe, expect, it } from 'vitest';
import { createStaffSession, SECOND_STEP_MS, validateStaffSession } from './sessions';
import { acceptTotpStep, enableTotp, resetSecondFactor, savePendingTotp, replaceRecoveryCodes } from './two-factor';
import { hashPassword } from '../../auth/password';
import { generateRecoveryCodes } from '../../auth/recovery-codes';
import { checkSecondFactor, sealTotpKey } from '../../auth/second-factor';
import { generateToken } from '../../security/tokens';
import { generateTotpKey, totpKeyText, totpStep } from '../../security/totp';
import { migratedDatabaseForFile } from '../../testing/migrated-client';

const database = migratedDatabaseForFile();
const noPrint = { ipHash: null, uaHash: null };

// An account with an authenticator app set up through the same steps as the account page.
async function accountWithApp(email: string) {
  const user = await database().staffUser.create({
    data: { email, name: 'Two Step', role: 'STAFF', passwordHash: 'x' },
  });
  const key = generateTotpKey();
  const sealed = await sealTotpKey(totpKeyText(key));
  const token = generateToken();
  const session = await createStaffSession(token, user.id, noPrint);
  await savePendingTotp(user.id, sealed);
  expect(await enableTotp(user.id, sealed, totpStep(new Date()) - 5, session.id)).toBe(true);
  return { user, key, token };
}

describe(`the second factor on ${process.env.TEST_DB}`, () => {
  it('stores the app key sealed, never as the key itself', async () => {
    const { user, key } = await accountWithApp('sealed@lumina.test');
    const row = await database().staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpSecret).toBeTruthy();
    expect(row.totpSecret).not.toContain(totpKeyText(key).replace(/ /g, '').slice(0, 8));
  });

  it('accepts each time step once, even when two requests race for it', async () => {
    const { user } = await accountWithApp('race@lumina.test');
    const step = totpStep(new Date());
    const results = await Promise.all([
      acceptTotpStep(user.id, step),
      acceptTotpStep(user.id, step),
      acceptTotpStep(user.id, step),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await acceptTotpStep(user.id, step - 1)).toBe(false);
    expect(await acceptTotpStep(user.id, step + 1)).toBe(true);
  });

  it('takes an app code once, and a recovery code once', async () => {
    const { user, key } = await accountWithApp('codes@lumina.test');
    const now = new Date();
    const code = generateHOTP(key, BigInt(totpStep(now)), 6);
    expect(await checkSecondFactor(user.id, code, now)).toEqual({ ok: true, method: 'TOTP' });
    expect(await checkSecondFactor(user.id, code, now)).toEqual({ ok: false });
    const codes = generateRecoveryCodes();
    await replaceRecoveryCodes(user.id, await Promise.all(codes.map((c) => hashPassword(c))));
    expect(await checkSecondFactor(user.id, codes[3]!.toUpperCase(), now)).toEqual({
      ok: true,
      method: 'RECOVERY_CODE',
      recoveryCodesLeft: 9,
    });
    expect(await checkSecondFactor(user.id, codes[3]!, now)).toEqual({ ok: false });
    expect(await checkSecondFactor(user.id, '000000', now)).toEqual({ ok: false });
  });

  it('lets a password alone open only the second step, for ten minutes, and never stretches it', async () => {
    const { user } = await accountWithApp('pending@lumina.test');
    const token = generateToken();
    const start = new Date();
    const pending = await createStaffSession(token, user.id, noPrint, ['PASSWORD'], start);
    expect(pending.secondFactorDue).toBe(true);
    expect(pending.expiresAt.getTime() - start.getTime()).toBe(SECOND_STEP_MS);
    const later = new Date(start.getTime() + 5 * 60_000);
    expect(await validateStaffSession(token, later)).toMatchObject({
      secondFactorDue: true,
      expiresAt: pending.expiresAt,
    });
    expect(await validateStaffSession(token, new Date(start.getTime() + SECOND_STEP_MS + 1))).toBeNull();
    const full = generateToken();
    await createStaffSession(full, user.id, noPrint, ['PASSWORD', 'TOTP']);
    expect(await validateStaffSession(full)).toMatchObject({ secondFactorDue: false, methods: ['PASSWORD', 'TOTP'] });
  });

  it('signs out every other browser when the app is added, and keeps the one that added it', async () => {
    const user = await database().staffUser.create({
      data: { email: 'adds@lumina.test', name: 'Adds', role: 'STAFF', passwordHash: 'x' },
    });
    const [here, there] = [generateToken(), generateToken()];
    const session = await createStaffSession(here, user.id, noPrint);
    await createStaffSession(there, user.id, noPrint);
    const sealed = await sealTotpKey(totpKeyText(generateTotpKey()));
    await savePendingTotp(user.id, sealed);
    await enableTotp(user.id, sealed, totpStep(new Date()), session.id);
    expect(await validateStaffSession(there)).toBeNull();
    expect(await validateStaffSession(here)).toMatchObject({ secondFactorDue: false, methods: ['PASSWORD', 'TOTP'] });
  });

  it('an admin reset removes the app and codes and ends every session', async () => {
    const { user, token } = await accountWithApp('reset@lumina.test');
    await replaceRecoveryCodes(user.id, ['hash-a', 'hash-b']);
    expect(await resetSecondFactor(user.id)).toMatchObject({ email: 'reset@lumina.test' });
    const row = await database().staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect([row.totpSecret, row.totpEnabledAt, row.totpLastStep]).toEqual([null, null, null]);
    expect(await database().staffRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await validateStaffSession(token)).toBeNull();
    expect(await resetSecondFactor(crypto.randomUUID())).toBeNull();
  });
});
