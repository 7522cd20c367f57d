'use server';
// Retention settings and the purge, for admins: change how long each record type is kept, see
// what a purge would remove (dry run), or run it now. Every change and run is audited and logged.
import { revalidatePath } from 'next/cache';
import { adminAction } from '../../auth/guarded-action';
import { retentionDays, runPurge, setRetentionDays } from '../../data/retention/purge';
import { RETENTION_TYPES, retentionTypes } from '../../retention/policy';
import { purgeSchema, retentionSettingsSchema } from '../../retention/settings-schema';

// Saves every period that changed.
export const saveRetentionSettings = adminAction(retentionSettingsSchema, async (data, _v, { user, audit }) => {
  const before = await retentionDays();
  const changed = RETENTION_TYPES.filter((t) => before[t] !== data[t]);
  for (const t of changed) await setRetentionDays(t, data[t], user.name);
  if (changed.length) {
    await audit({
      action: 'retention-changed',
      detail: Object.fromEntries(changed.map((t) => [t, { from: before[t], to: data[t] }])),
    });
  }
  revalidatePath('/admin/retention');
  return {
    status: 'done',
    message: changed.length
      ? `Saved: ${changed.map((t) => retentionTypes[t].label.toLowerCase()).join(', ')}.`
      : 'Nothing changed.',
  };
});

// A dry run counts; a purge removes. Both are logged with their figures.
export const runRetentionPurge = adminAction(purgeSchema, async ({ mode }, _v, { user, audit }) => {
  const dryRun = mode === 'dry-run';
  const result = await runPurge({ dryRun, trigger: `staff:${user.name}` });
  const removed = Object.values(result?.removed ?? {}).reduce((n, c) => n + c, 0);
  await audit({
    action: dryRun ? 'retention-dry-run' : 'retention-purged',
    detail: result?.removed ?? {},
  });
  revalidatePath('/admin/retention');
  return {
    status: 'done',
    message: dryRun
      ? `Dry run: ${removed} record(s) would be removed. Nothing was changed.`
      : `Purge complete: ${removed} record(s) removed.`,
  };
});
