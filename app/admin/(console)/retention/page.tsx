import type { Metadata } from 'next';
import { DataTable } from '@/components/admin/data-table';
import { PurgeForm, RetentionSettingsForm } from '@/components/admin/retention-forms';
import { requireAdmin } from '@/lib/auth/current';
import { listRetentionRuns, retentionDays } from '@/lib/data/retention/purge';
import { formatDateTime } from '@/lib/format';
import { EXPIRED_COPIES, RETENTION_TYPES, retentionTypes } from '@/lib/retention/policy';

export const metadata: Metadata = { title: 'Retention' };

const LABELS: Record<string, string> = {
  ...Object.fromEntries(RETENTION_TYPES.map((t) => [t, retentionTypes[t].label])),
  [EXPIRED_COPIES]: 'Expired copies of data',
};

const figures = (removed: unknown) =>
  Object.entries((removed ?? {}) as Record<string, number>)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${LABELS[k] ?? k}: ${n}`)
    .join('; ') || 'nothing';

export default async function RetentionPage() {
  await requireAdmin();
  const [days, runs] = await Promise.all([retentionDays(), listRetentionRuns()]);
  return (
    <>
      <h1>Retention</h1>
      <p>
        How long the site keeps each kind of record. A purge runs once a day on its own; you can also see what it would
        remove with a dry run, or run it now. Released copies of someone’s data are always removed once their link has
        expired.
      </p>
      <h2>Periods</h2>
      <RetentionSettingsForm days={days} />
      <h2>Run the purge</h2>
      <PurgeForm />
      <h2>Recent runs</h2>
      <DataTable caption="Recent purge runs, newest first" columns={['Started', 'Kind', 'By', 'Removed']}>
        {runs.map((r) => (
          <tr key={String(r.id)}>
            <th scope="row">{formatDateTime(r.startedAt)}</th>
            <td>{r.dryRun ? 'Dry run' : 'Purge'}</td>
            <td>{r.trigger === 'schedule' ? 'Daily schedule' : r.trigger.replace(/^staff:/, '')}</td>
            <td>
              {r.error ? (
                <span className="error-message">Failed: {r.error}</span>
              ) : r.finishedAt ? (
                `${r.dryRun ? 'Would remove' : 'Removed'} ${figures(r.removed)}`
              ) : (
                'Running…'
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
