import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RequestDetails } from '@/components/admin/request-details';
import { RequestNoteForm } from '@/components/admin/request-note-form';
import { RequestReplyForm } from '@/components/admin/request-reply-form';
import { RequestStatusForm } from '@/components/admin/request-status-form';
import { requireStaff } from '@/lib/auth/current';
import { recordStaffAudit } from '@/lib/data/audit';
import { getRequest } from '@/lib/data/enquiries/work-queue';
import { formatDateTime } from '@/lib/format';
import { isRequestType } from '@/lib/forms/request-forms';
import { isUuid } from '@/lib/validations/common';
import { statusLabel } from '@/lib/validations/requests';

export const metadata: Metadata = { title: 'Request' };

const CHANNELS: Record<string, string> = {
  email: 'by email',
  phone: 'by phone',
  letter: 'by letter',
  meeting: 'in a meeting',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export default async function RequestPage({ params }: { params: Promise<{ type: string; id: string }> }) {
  const { user } = await requireStaff();
  const { type, id } = await params;
  if (!isRequestType(type) || !isUuid(id)) notFound();
  const found = await getRequest(type, id);
  if (!found) notFound();
  await recordStaffAudit(user, {
    action: 'request-viewed',
    subject: found.row.email,
    detail: { type, reference: found.row.reference },
  });
  return (
    <>
      <p>
        <Link href="/admin/requests">Back to enquiries and quotes</Link>
      </p>
      <h1>
        {capitalised(found.form.noun)} {found.row.reference}
      </h1>
      <RequestStatusForm type={type} requestId={id} status={found.row.status} />
      <RequestDetails found={found} />
      <h2>Reply by email</h2>
      <RequestReplyForm
        type={type}
        requestId={id}
        to={found.row.email}
        subject={`Re: your ${found.form.noun} ${found.row.reference}`}
      />
      <h2>Notes and correspondence</h2>
      {found.row.notes.length ? (
        <ol className="timeline">
          {found.row.notes.map((n) => (
            <li key={n.id}>
              <p className="timeline-meta">
                {formatDateTime(n.createdAt)} · {n.author} ·{' '}
                {n.kind === 'STATUS'
                  ? 'changed the status'
                  : n.kind === 'NOTE'
                    ? 'internal note'
                    : `${n.direction === 'in' ? 'from the customer' : 'to the customer'} ${CHANNELS[n.channel ?? ''] ?? ''}`}
              </p>
              <p className="prewrap">
                {n.kind === 'STATUS' ? n.body.split(' → ').map(statusLabel).join(' → ') : n.body}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>Nothing recorded yet.</p>
      )}
      <h2>Add to the record</h2>
      <RequestNoteForm type={type} requestId={id} />
    </>
  );
}
