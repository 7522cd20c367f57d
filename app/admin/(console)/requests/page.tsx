import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, FilterBar, SelectFilter, TextFilter } from '@/components/admin/data-table';
import { ExportButton } from '@/components/admin/export-button';
import { Pagination, pageFrom } from '@/components/admin/pagination';
import { requireStaff } from '@/lib/auth/current';
import { listRequests } from '@/lib/data/enquiries/work-queue';
import { formatDateTime } from '@/lib/format';
import { REQUEST_FORM_LIST } from '@/lib/forms/request-forms';
import { requestFilterSchema, requestStatuses, statusLabel } from '@/lib/validations/requests';

export const metadata: Metadata = { title: 'Enquiries and quotes' };

const PAGE_SIZE = 25;
const TYPES = REQUEST_FORM_LIST.map((form) => ({ value: form.name, label: form.plural }));
type Search = Promise<Record<string, string | string[] | undefined>>;

// The export with the list's current filters (the same query string, without the page).
const exportHref = (text: Record<string, string | undefined>) => {
  const query = new URLSearchParams(Object.entries(text).filter((e): e is [string, string] => Boolean(e[1])));
  return `/admin/requests/export${query.size ? `?${query}` : ''}`;
};
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function RequestsPage({ searchParams }: { searchParams: Search }) {
  await requireStaff();
  const raw = await searchParams;
  const text = { q: one(raw.q), type: one(raw.type), status: one(raw.status), from: one(raw.from), to: one(raw.to) };
  const filter = requestFilterSchema.parse(text);
  const page = pageFrom(raw.page);
  const { rows, total } = await listRequests({ ...filter, page, pageSize: PAGE_SIZE });
  return (
    <>
      <h1>Enquiries and quotes</h1>
      <ExportButton href={exportHref(text)} label="Export these as CSV" noun="requests" />
      <FilterBar label="Filter enquiries and quotes">
        <TextFilter name="q" label="Search" defaultValue={filter.q ?? ''} hint="Reference, name, company or email" />
        <SelectFilter name="type" label="Type" defaultValue={filter.type ?? ''} options={TYPES} />
        <SelectFilter name="status" label="Status" defaultValue={filter.status ?? ''} options={requestStatuses} />
        <TextFilter name="from" type="date" label="Received from" defaultValue={filter.from ? (text.from ?? '') : ''} />
        <TextFilter name="to" type="date" label="Received until" defaultValue={filter.to ? (text.to ?? '') : ''} />
      </FilterBar>
      <DataTable
        caption="Enquiries and quote requests, newest first"
        columns={['Reference', 'Type', 'From', 'Status', 'Received']}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link href={`/admin/requests/${r.type}/${r.id}`}>{r.reference}</Link>
            </th>
            <td>{r.type === 'enquiry' ? 'Enquiry' : 'Quote request'}</td>
            <td>
              {r.contact}, {r.company}
            </td>
            <td>
              <span className={`badge badge-${r.status.toLowerCase()}`}>{statusLabel(r.status)}</span>
            </td>
            <td>{formatDateTime(r.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        path="/admin/requests"
        page={page}
        pageSize={PAGE_SIZE}
        total={total}
        params={{ ...text, q: filter.q }}
      />
    </>
  );
}
