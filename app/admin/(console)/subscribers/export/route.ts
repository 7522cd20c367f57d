// GET /admin/subscribers/export: active, confirmed subscribers only, as CSV, streamed a batch at a
// time. Every export is in the audit log with who made it and how many people it held.
import { requireStaff } from '@/lib/auth/current';
import { csvDownload } from '@/lib/csv';
import { recordStaffAudit } from '@/lib/data/audit';
import { activeSubscribers, countActiveSubscribers } from '@/lib/data/newsletter/subscribers';
import { requestFingerprint } from '@/lib/server/request-consent';

// Streams the file; the row count is also sent as a header so the page can show progress.
export async function GET() {
  const { user } = await requireStaff();
  const count = await countActiveSubscribers();
  await recordStaffAudit(user, {
    action: 'subscribers-exported',
    detail: { rows: count },
    ipHash: (await requestFingerprint()).ipHash,
  });
  const rows = async function* () {
    for await (const batch of activeSubscribers())
      yield batch.map((s) => [s.email, s.name, s.company, s.confirmedAt?.toISOString() ?? '']);
  };
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(
    ['email', 'name', 'company', 'confirmed_at'],
    rows(),
    `lumina-active-subscribers-${day}.csv`,
    count,
  );
}
