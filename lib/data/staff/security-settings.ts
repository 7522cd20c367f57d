// Back-office sign-in rules that admins set: today, whether every member of staff must have a second
// factor. One row, read from the database on each use, so every instance applies the same rule at once.
import { getDb } from '../../db/client';

// Whether every account must have a second factor (off until an admin turns it on).
export async function secondFactorRequired(): Promise<boolean> {
  const row = await (
    await getDb()
  ).securitySetting.findUnique({ where: { id: 1 }, select: { requireSecondFactor: true } });
  return row?.requireSecondFactor ?? false;
}

// Turns the rule on or off, recording who did.
export async function setSecondFactorRequired(required: boolean, updatedBy: string): Promise<void> {
  await (
    await getDb()
  ).securitySetting.upsert({
    where: { id: 1 },
    create: { id: 1, requireSecondFactor: required, updatedBy },
    update: { requireSecondFactor: required, updatedBy },
  });
}
