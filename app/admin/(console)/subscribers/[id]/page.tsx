import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataTable } from '@/components/admin/data-table';
import { StaffUnsubscribeForm } from '@/components/admin/staff-unsubscribe-form';
import { PolicyVersionLink } from '@/components/policy/policy-version-link';
import { requireStaff } from '@/lib/auth/current';
import { consentDecisionLabel, consentSourceLabel } from '@/lib/consent/labels';
import { recordStaffAudit } from '@/lib/data/audit';
import { getSubscriberEvidence } from '@/lib/data/newsletter/subscribers';
import { suppressionOf } from '@/lib/data/newsletter/suppression';
import { formatDateTime } from '@/lib/format';
import { isUuid } from '@/lib/validations/common';
import { subscriberStatusLabel } from '@/lib/validations/subscribers';

export const metadata: Metadata = { title: 'Subscriber' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ unsubscribed?: string }> };

export default async function SubscriberPage({ params, searchParams }: Props) {
  const { user } = await requireStaff();
  const { id } = await params;
  const found = isUuid(id) ? await getSubscriberEvidence(id) : null;
  if (!found) notFound();
  const { subscriber, records } = found;
  const suppression = await suppressionOf(subscriber.email);
  const { unsubscribed } = await searchParams;
  await recordStaffAudit(user, { action: 'subscriber-viewed', subject: subscriber.email });
  return (
    <>
      <p>
        <Link href="/admin/subscribers">Back to subscribers</Link>
      </p>
      <h1>{subscriber.email}</h1>
      {unsubscribed === 'unsubscribed' || unsubscribed === 'already' ? (
        <p className="panel-success" role="status">
          {unsubscribed === 'already'
            ? 'They were already unsubscribed.'
            : `Unsubscribed. ${subscriber.email} will get no more marketing email.`}
        </p>
      ) : null}
      <dl className="details">
        <dt>Status</dt>
        <dd>{subscriberStatusLabel(subscriber.status)}</dd>
        <dt>Name</dt>
        <dd>{subscriber.name ?? '–'}</dd>
        <dt>Company</dt>
        <dd>{subscriber.company ?? '–'}</dd>
        <dt>Confirmed</dt>
        <dd>{subscriber.confirmedAt ? formatDateTime(subscriber.confirmedAt) : 'Not yet'}</dd>
        {subscriber.unsubscribedAt ? (
          <>
            <dt>Unsubscribed</dt>
            <dd>{formatDateTime(subscriber.unsubscribedAt)}</dd>
          </>
        ) : null}
        <dt>Suppression list</dt>
        <dd>
          {suppression
            ? `On it since ${formatDateTime(suppression.createdAt)}: no marketing email, and no re-adding by import, until they sign up again and confirm`
            : 'Not on it'}
        </dd>
      </dl>
      {subscriber.status === 'ACTIVE' || subscriber.status === 'PENDING' ? (
        <section aria-labelledby="unsubscribe">
          <h2 id="unsubscribe">Unsubscribe at their request</h2>
          <p>
            If they asked you directly, unsubscribe them here. It is recorded as their withdrawal, and newsletters
            already queued for them are cancelled.
          </p>
          <StaffUnsubscribeForm subscriberId={subscriber.id} />
        </section>
      ) : null}
      <h2>Consent evidence</h2>
      <p>Each record is part of the tamper-evident consent ledger; the wording is exactly what the person saw.</p>
      <DataTable
        caption="Marketing consent records for this address, oldest first"
        columns={['When', 'What', 'Where', 'Policy', 'Wording shown', 'Record hash']}
      >
        {records.map((r) => (
          <tr key={String(r.id)}>
            <th scope="row">{formatDateTime(r.createdAt)}</th>
            <td>{consentDecisionLabel('MARKETING', r.action)}</td>
            <td>{consentSourceLabel(r.source)}</td>
            <td>
              <PolicyVersionLink id={r.policyVersion} />
            </td>
            <td>{r.wording ?? '–'}</td>
            <td>
              <code>{r.hash.slice(0, 16)}…</code>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
