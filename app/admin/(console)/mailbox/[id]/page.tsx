import { isUuid } from '@/lib/validations/common';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RetryEmailButton } from '@/components/admin/retry-email-button';
import { requireStaff } from '@/lib/auth/current';
import { recordAudit } from '@/lib/data/audit';
import { getMailboxMessage } from '@/lib/data/mailbox';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Email' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ retried?: string }> };

export default async function MailboxMessagePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { user } = await requireStaff();
  const message = isUuid(id) ? await getMailboxMessage(id) : null;
  if (!message) notFound();
  await recordAudit({ id: user.id, label: user.email }, { action: 'email-viewed', subject: message.toAddress, detail: { id } });
  const headers = Object.entries(message.headers as Record<string, string>);
  return (
    <>
      <p>
        <Link href="/admin/mailbox">Back to the mailbox</Link>
      </p>
      <h1>{message.subject}</h1>
      {(await searchParams).retried ? (
        <p className="panel-success" role="status">
          The email is queued to be sent again.
        </p>
      ) : null}
      <dl className="details">
        <dt>To</dt>
        <dd>{message.toAddress}</dd>
        <dt>Kind</dt>
        <dd>{message.kind}</dd>
        <dt>Status</dt>
        <dd>
          {message.status === 'SENT'
            ? `Sent ${message.sentAt ? formatDateTime(message.sentAt) : ''}${message.transport === 'mailbox' ? ' (kept here: no SMTP server is configured)' : ''}`
            : message.status === 'FAILED'
              ? `Could not be sent after ${message.attempts} attempts`
              : message.status === 'CANCELLED'
                ? 'Not sent: cancelled (see the reason below)'
              : `Waiting${message.attempts ? ` (tried ${message.attempts} times)` : ''}`}
        </dd>
        {message.lastError ? (
          <>
            <dt>Last error</dt>
            <dd>{message.lastError}</dd>
          </>
        ) : null}
        <dt>Queued</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        {headers.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {message.status === 'FAILED' ? <RetryEmailButton id={message.id} /> : null}
      <h2>As the recipient sees it</h2>
      <iframe className="email-frame" title={`The email “${message.subject}”`} src={`/admin/mailbox/${message.id}/html`} sandbox="" />
      <h2>Plain-text version</h2>
      <pre className="email-text">{message.textBody}</pre>
    </>
  );
}
