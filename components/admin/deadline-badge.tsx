// A data request's deadline as staff see it: overdue and due-soon stand out.
import { formatDate } from '@/lib/format';
import { deadlineState } from '@/lib/privacy/deadline';

// Nothing for a request that is not open (its deadline no longer applies).
export function DeadlineBadge({ due, open }: { due: Date | null; open: boolean }) {
  if (!due) return <>—</>;
  if (!open) return <>{formatDate(due)}</>;
  const state = deadlineState(due);
  if (state === 'overdue') return <span className="badge badge-overdue">Overdue: was due {formatDate(due)}</span>;
  if (state === 'due-soon') return <span className="badge badge-due-soon">Due {formatDate(due)}</span>;
  return <>{formatDate(due)}</>;
}
