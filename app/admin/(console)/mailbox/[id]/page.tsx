import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RetryEmailButton } from '@/components/admin/retry-email-button';
import { requireStaff } from '@/lib/auth/current';
import { recordStaffAudit } from '@/lib/data/audit';
import { getMailboxMessage, mayOpenLinks, withOpenedLinks } from '@/lib/data/email/mailbox';
import { formatDateTime } from '@/lib/format';
import { isUuid } from '@/lib/validations/common';

export const metadata: Metadata = { title: 'Email' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ retried?: string; links?: string }> };

export default async function MailboxMessagePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { user } = await requireStaff();
  const stored = isUuid(id) ? await getMailboxMessage(id) : null;
  if (!stored) notFound();
  const query = await searchParams;
  const withheld = Boolean(stored.sealedLinks);
  const opened = withheld && query.links === 'show' && mayOpenLinks(user.role);
  const message = opened ? await withOpenedLinks(stored) : stored;
  await recordStaffAudit(user, {
    action: opened ? 'email-links-viewed' : 'email-viewed',
    subject: message.toAddress,
    detail: { id },
  });
  const headers = Object.entries(message.headers);
  return (
    <>
      <p>
        <Link href="/admin/mailbox">Back to the mailbox</Link>
      </p>
      <h1>{message.subject}</h1>
      {query.retried ? (
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
      {withheld && !opened ? (
        <p className="panel-info" data-testid="links-withheld">
          Links that only the recipient may use (to set a password, confirm, verify, download or unsubscribe) are shown
          as [link withheld].{' '}
          {mayOpenLinks(user.role) ? (
            <Link href={`/admin/mailbox/${message.id}?links=show`}>Show the links (recorded in the audit log)</Link>
          ) : (
            'Only the recipient can open them.'
          )}
        </p>
      ) : null}
      <h2>As the recipient sees it</h2>
      <iframe
        className="email-frame"
        title={`The email “${message.subject}”`}
        src={`/admin/mailbox/${message.id}/html${opened ? '?links=show' : ''}`}
        sandbox=""
      />
      <h2>Plain-text version</h2>
      <pre className="email-text">{message.textBody}</pre>
    </>
  );
}
