import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, FilterBar, SelectFilter, TextFilter } from '@/components/admin/data-table';
import { DeadlineBadge } from '@/components/admin/deadline-badge';
import { Pagination, pageFrom } from '@/components/admin/pagination';
import { requireStaff } from '@/lib/auth/current';
import { deadlineOf, listPrivacyRequests } from '@/lib/data/privacy/handling';
import { formatDateTime } from '@/lib/format';
import { kindLabel, statusLabel } from '@/lib/privacy/kinds';
import { privacyFilterSchema } from '@/lib/validations/privacy-admin';

export const metadata: Metadata = { title: 'Data requests' };

const PAGE_SIZE = 25;
const STATUSES = Object.entries(statusLabel).map(([value, label]) => ({ value, label }));
const KINDS = Object.entries(kindLabel).map(([value, label]) => ({ value, label }));
type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function PrivacyRequestsPage({ searchParams }: { searchParams: Search }) {
  await requireStaff();
  const raw = await searchParams;
  const text = { q: one(raw.q), status: one(raw.status), kind: one(raw.kind) };
  const filter = privacyFilterSchema.parse(text);
  const page = pageFrom(raw.page);
  const { rows, total } = await listPrivacyRequests({ ...filter, page, pageSize: PAGE_SIZE });
  return (
    <>
      <h1>Data requests</h1>
      <p>
        Requests for a copy of someone’s data, a correction, erasure, or to stop marketing, from{' '}
        <Link href="/privacy/request">the public form</Link>. Each must be answered within one calendar month of the
        person confirming it by email.
      </p>
      <FilterBar label="Filter data requests">
        <TextFilter name="q" label="Search" defaultValue={filter.q ?? ''} hint="Reference or email address" />
        <SelectFilter name="status" label="Status" defaultValue={filter.status ?? ''} options={STATUSES} />
        <SelectFilter name="kind" label="Kind" defaultValue={filter.kind ?? ''} options={KINDS} />
      </FilterBar>
      <DataTable
        caption="Data requests: open ones first, soonest deadline first"
        columns={['Reference', 'Kind', 'From', 'Status', 'Received', 'Due']}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link href={`/admin/privacy/${r.id}`}>{r.reference}</Link>
            </th>
            <td>{kindLabel[r.kind]}</td>
            <td>{r.email ?? <em>erased</em>}</td>
            <td>
              <span className="badge">{statusLabel[r.status]}</span>
            </td>
            <td>{formatDateTime(r.createdAt)}</td>
            <td>
              <DeadlineBadge due={deadlineOf(r)} open={r.status === 'OPEN'} />
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        path="/admin/privacy"
        page={page}
        pageSize={PAGE_SIZE}
        total={total}
        params={{ ...text, q: filter.q }}
      />
    </>
  );
}
