import type { Metadata } from 'next';
import { DataTable, FilterBar, TextFilter } from '@/components/admin/data-table';
import { Pagination, pageFrom } from '@/components/admin/pagination';
import { requireAdmin } from '@/lib/auth/current';
import { listAuditEvents } from '@/lib/data/audit';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Audit log' };

type Search = Promise<{ actor?: string; action?: string; page?: string }>;

export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const { actor = '', action = '', page } = await searchParams;
  const current = pageFrom(page);
  const { rows, total } = await listAuditEvents({
    page: current,
    pageSize: 50,
    actor: actor.slice(0, 254),
    action: action.slice(0, 100) || undefined,
  });
  return (
    <>
      <h1>Audit log</h1>
      <p>Every sign-in, change, and view or export of personal data in the back office, newest first.</p>
      <FilterBar label="Filter the audit log">
        <TextFilter name="actor" label="Who (email contains)" defaultValue={actor} />
        <TextFilter
          name="action"
          label="Action"
          defaultValue={action}
          hint="For example sign-in-failed or request-viewed"
        />
      </FilterBar>
      <DataTable caption="Audit events, newest first" columns={['When', 'Who', 'Action', 'About']}>
        {rows.map((e) => (
          <tr key={String(e.id)}>
            <th scope="row">{formatDateTime(e.createdAt)}</th>
            <td>{e.actor}</td>
            <td>{e.action}</td>
            <td>{e.subject ?? ''}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination path="/admin/audit" page={current} pageSize={50} total={total} params={{ actor, action }} />
    </>
  );
}
