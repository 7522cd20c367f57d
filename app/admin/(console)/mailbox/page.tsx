import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable, FilterBar, SelectFilter, TextFilter } from '@/components/admin/data-table';
import { Pagination, pageFrom } from '@/components/admin/pagination';
import { requireStaff } from '@/lib/auth/current';
import { listMailbox } from '@/lib/data/email/mailbox';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Mailbox' };

const STATUSES = {
  PENDING: 'Waiting',
  SENT: 'Sent',
  FAILED: 'Could not be sent',
  CANCELLED: 'Not sent (cancelled)',
} as const;
type Search = Promise<{ to?: string; status?: string; page?: string }>;

export default async function MailboxPage({ searchParams }: { searchParams: Search }) {
  await requireStaff();
  const { to = '', status = '', page } = await searchParams;
  const chosen = status in STATUSES ? (status as keyof typeof STATUSES) : undefined;
  const current = pageFrom(page);
  const { rows, total } = await listMailbox({ to: to.slice(0, 254), status: chosen, page: current, pageSize: 25 });
  return (
    <>
      <h1>Mailbox</h1>
      <p>
        Every email the site has sent or is about to send. Without an SMTP server configured, this is where they are
        kept.
      </p>
      <FilterBar label="Filter emails">
        <TextFilter name="to" label="Recipient contains" defaultValue={to} />
        <SelectFilter
          name="status"
          label="Status"
          defaultValue={chosen ?? ''}
          options={Object.entries(STATUSES).map(([value, label]) => ({ value, label }))}
        />
      </FilterBar>
      <DataTable caption="Emails, newest first" columns={['Subject', 'To', 'Status', 'Queued']}>
        {rows.map((m) => (
          <tr key={m.id}>
            <th scope="row">
              <Link href={`/admin/mailbox/${m.id}`}>{m.subject}</Link>
            </th>
            <td>{m.toAddress}</td>
            <td>
              <span className={`badge badge-${m.status.toLowerCase()}`}>{STATUSES[m.status]}</span>
              {m.status === 'PENDING' && m.attempts > 0 ? ` (attempt ${m.attempts + 1} soon)` : ''}
            </td>
            <td>{formatDateTime(m.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination path="/admin/mailbox" page={current} pageSize={25} total={total} params={{ to, status: chosen }} />
    </>
  );
}
