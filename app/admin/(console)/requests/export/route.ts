// GET /admin/requests/export: the enquiries and quote requests the list's filters match (the same
// query string), as CSV, streamed a batch at a time; cells a spreadsheet would run are defused.
// Every export is in the audit log with who made it, the filters and how many rows it held.
import type { NextRequest } from 'next/server';
import { requireStaff } from '@/lib/auth/current';
import { csvDownload } from '@/lib/csv';
import { recordStaffAudit } from '@/lib/data/audit';
import { countRequests, matchingRequests } from '@/lib/data/enquiries/work-queue';
import { requestFingerprint } from '@/lib/server/request-consent';
import { requestFilterSchema, statusLabel } from '@/lib/validations/requests';

const HEADER = ['type', 'reference', 'received_at', 'status', 'contact', 'company', 'email', 'phone'];

// Streams the file; the row count is also sent as a header so the page can show progress.
export async function GET(request: NextRequest) {
  const { user } = await requireStaff();
  const query = request.nextUrl.searchParams;
  const filter = requestFilterSchema.parse(
    Object.fromEntries(['q', 'type', 'status', 'from', 'to'].map((k) => [k, query.get(k) ?? undefined])),
  );
  const count = await countRequests(filter);
  const filters = Object.entries(filter)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]): [string, string] => [k, v instanceof Date ? v.toISOString() : String(v)]);
  const detail = { rows: count, ...Object.fromEntries(filters) };
  await recordStaffAudit(user, { action: 'requests-exported', detail, ipHash: (await requestFingerprint()).ipHash });
  const rows = async function* () {
    for await (const batch of matchingRequests(filter)) {
      yield batch.map((r) => [
        r.type,
        r.reference,
        r.createdAt.toISOString(),
        statusLabel(r.status),
        r.contact,
        r.company,
        r.email,
        r.phone ?? '',
      ]);
    }
  };
  const day = new Date().toISOString().slice(0, 10);
  return csvDownload(HEADER, rows(), `lumina-enquiries-and-quotes-${day}.csv`, count);
}
