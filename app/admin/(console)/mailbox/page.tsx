import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination, pageFrom } from '@/components/admin/pagination';
import { requireStaff } from '@/lib/auth/current';
import { listMailbox } from '@/lib/data/mailbox';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Mailbox' };

const STATUSES = { PENDING: 'Waiting', SENT: 'Sent', FAILED: 'Could not be sent' } as const;
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
      <p>Every email the site has sent or is about to send. Without an SMTP server configured, this is where they are kept.</p>
      <form method="get" className="filters" role="search" aria-label="Filter emails">
        <div className="field">
          <label htmlFor="filter-to">Recipient contains</label>
          <input id="filter-to" name="to" type="search" defaultValue={to} />
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={chosen ?? ''}>
            <option value="">Any</option>
            {Object.entries(STATUSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      <table className="data-table">
        <caption className="visually-hidden">Emails, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Subject</th>
            <th scope="col">To</th>
            <th scope="col">Status</th>
            <th scope="col">Queued</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
      <Pagination path="/admin/mailbox" page={current} pageSize={25} total={total} params={{ to, status: chosen }} />
    </>
  );
}
