import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, FilterBar, SelectFilter, TextFilter } from '@/components/admin/data-table';
import { ExportButton } from '@/components/admin/export-button';
import { Pagination, pageFrom } from '@/components/admin/pagination';
import { requireStaff } from '@/lib/auth/current';
import { listSubscribers } from '@/lib/data/newsletter/subscribers';
import { formatDateTime } from '@/lib/format';
import { SUBSCRIBER_STATUSES, subscriberStatusLabel as label } from '@/lib/validations/subscribers';

export const metadata: Metadata = { title: 'Subscribers' };

type Search = Promise<{ q?: string; status?: string; page?: string }>;

export default async function SubscribersPage({ searchParams }: { searchParams: Search }) {
  await requireStaff();
  const { q = '', status = '', page } = await searchParams;
  const chosen = SUBSCRIBER_STATUSES.find((s) => s.value === status)?.value;
  const current = pageFrom(page);
  const { rows, total } = await listSubscribers({
    q: q.trim().slice(0, 100) || undefined,
    status: chosen,
    page: current,
    pageSize: 25,
  });
  return (
    <>
      <h1>Subscribers</h1>
      <p>
        Only active subscribers have confirmed their address and may be sent the newsletter; the export holds only them.
      </p>
      <ExportButton href="/admin/subscribers/export" label="Export active subscribers (CSV)" noun="subscribers" />
      <p>
        <Link href="/admin/subscribers/import">Import a list of people who agreed elsewhere</Link>
      </p>
      <FilterBar label="Filter subscribers">
        <TextFilter name="q" label="Search" defaultValue={q} hint="Email, name or company" />
        <SelectFilter name="status" label="Status" defaultValue={chosen ?? ''} options={SUBSCRIBER_STATUSES} />
      </FilterBar>
      <DataTable caption="Subscribers, newest first" columns={['Email', 'Name', 'Company', 'Status', 'Since']}>
        {rows.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              <Link href={`/admin/subscribers/${s.id}`}>{s.email}</Link>
            </th>
            <td>{s.name}</td>
            <td>{s.company}</td>
            <td>
              <span className={`badge badge-${s.status.toLowerCase()}`}>{label(s.status)}</span>
            </td>
            <td>{formatDateTime(s.confirmedAt ?? s.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination path="/admin/subscribers" page={current} pageSize={25} total={total} params={{ q, status: chosen }} />
    </>
  );
}
