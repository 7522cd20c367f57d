import type { Metadata } from 'next';
import { DataTable } from '@/components/admin/data-table';
import { FeedbackRowActions } from '@/components/admin/feedback-row-actions';
import { Pagination, pageFrom } from '@/components/admin/pagination';
import { requireStaff } from '@/lib/auth/current';
import { listFeedback } from '@/lib/data/have-your-say/feedback-review';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Feedback' };

const PAGE_SIZE = 25;
const STATUSES = { NEW: 'New', APPROVED: 'Published', HIDDEN: 'Hidden' } as const;
const PERMISSION = { NONE: 'Private', NAMED: 'May publish with name', ANONYMOUS: 'May publish anonymously' } as const;
type Search = Promise<{ status?: string; page?: string }>;

export default async function FeedbackAdminPage({ searchParams }: { searchParams: Search }) {
  await requireStaff();
  const { status, page } = await searchParams;
  const chosen = status && status in STATUSES ? (status as keyof typeof STATUSES) : undefined;
  const current = pageFrom(page);
  const { rows, total } = await listFeedback({ status: chosen, page: current, pageSize: PAGE_SIZE });
  return (
    <>
      <h1>Feedback</h1>
      <p>
        Feedback from the public form. Approving publishes it on the home page, but only where the person gave
        permission and has not withdrawn it; withdrawing takes it down at once.
      </p>
      <DataTable
        caption="Feedback, newest first"
        columns={['Reference', 'From', 'Rating', 'Feedback', 'Permission', 'Status', 'Actions']}
      >
        {rows.map((r) => {
          const canPublish = r.permission !== 'NONE' && !r.permissionWithdrawnAt;
          return (
            <tr key={r.id}>
              <th scope="row">
                {r.reference}
                <br />
                <small>{formatDateTime(r.createdAt)}</small>
              </th>
              <td>
                {r.name}
                {r.company ? `, ${r.company}` : ''}
                <br />
                <small>{r.email}</small>
              </td>
              <td>{r.rating ? `${r.rating}/5` : '—'}</td>
              <td className="prewrap">{r.message}</td>
              <td>
                {r.permissionWithdrawnAt
                  ? `Withdrawn ${formatDateTime(r.permissionWithdrawnAt)}`
                  : PERMISSION[r.permission]}
              </td>
              <td>
                <span className="badge">
                  {r.status === 'APPROVED' && !canPublish ? 'Not shown (permission withdrawn)' : STATUSES[r.status]}
                </span>
              </td>
              <td>
                <FeedbackRowActions id={r.id} reference={r.reference} canPublish={canPublish} status={r.status} />
              </td>
            </tr>
          );
        })}
      </DataTable>
      <Pagination
        path="/admin/feedback"
        page={current}
        pageSize={PAGE_SIZE}
        total={total}
        params={{ status: chosen }}
      />
    </>
  );
}
