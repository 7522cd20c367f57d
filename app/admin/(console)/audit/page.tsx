import type { Metadata } from 'next';
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
  const { rows, total } = await listAuditEvents({ page: current, pageSize: 50, actor: actor.slice(0, 254), action: action.slice(0, 100) || undefined });
  return (
    <>
      <h1>Audit log</h1>
      <p>Every sign-in, change, and view or export of personal data in the back office, newest first.</p>
      <form method="get" className="filters" role="search" aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="filter-actor">Who (email contains)</label>
          <input id="filter-actor" name="actor" type="search" defaultValue={actor} />
        </div>
        <div className="field">
          <label htmlFor="filter-action">Action</label>
          <input id="filter-action" name="action" type="search" defaultValue={action} />
        </div>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      <table className="data-table">
        <caption className="visually-hidden">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">About</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={String(e.id)}>
              <td>{formatDateTime(e.createdAt)}</td>
              <td>{e.actor}</td>
              <td>{e.action}</td>
              <td>{e.subject ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination path="/admin/audit" page={current} pageSize={50} total={total} params={{ actor, action }} />
    </>
  );
}
