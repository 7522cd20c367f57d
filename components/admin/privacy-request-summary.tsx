// The facts of a data request: who, what they asked, and its dates and deadline.
import { deadlineOf } from '@/lib/data/privacy/handling';
import { formatDateTime } from '@/lib/format';
import type { PrivacyRequest } from '@/lib/generated/prisma/client';
import { kindLabel, statusLabel } from '@/lib/privacy/kinds';
import { DeadlineBadge } from './deadline-badge';

type Row = Omit<PrivacyRequest, 'exportData'>;

// Missing values are shown as a dash; an erased person as "erased".
export function PrivacyRequestSummary({ request: r }: { request: Row }) {
  const facts: [string, React.ReactNode][] = [
    ['Kind', kindLabel[r.kind]],
    ['Status', statusLabel[r.status]],
    ['Email address', r.email ?? <em>erased</em>],
    ['Name', r.name ?? '—'],
    ['Received', formatDateTime(r.createdAt)],
    [
      'Confirmed by email',
      r.verifiedAt ? formatDateTime(r.verifiedAt) : 'Not yet: nothing can be done until the person follows the link',
    ],
    ['Due', <DeadlineBadge key="due" due={deadlineOf(r)} open={r.status === 'OPEN'} />],
    ...(r.extendedDueAt
      ? ([['Extended', `from ${r.dueAt ? formatDateTime(r.dueAt) : '—'}: ${r.extensionReason ?? ''}`]] as [
          string,
          string,
        ][])
      : []),
    ...(r.details
      ? ([
          [
            'Details they gave',
            <span key="d" className="prewrap">
              {r.details}
            </span>,
          ],
        ] as [string, React.ReactNode][])
      : []),
    ...(r.consentIds.length ? ([['Cookie consent ID', r.consentIds.join(', ')]] as [string, string][]) : []),
    ...(r.completedAt
      ? ([['Closed', `${formatDateTime(r.completedAt)} by ${r.completedBy ?? '—'}: ${r.outcome ?? ''}`]] as [
          string,
          string,
        ][])
      : []),
  ];
  return (
    <dl className="details">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
