import { isUuid } from '@/lib/validations/common';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataTable } from '@/components/admin/data-table';
import { requireStaff } from '@/lib/auth/current';
import { recordAudit } from '@/lib/data/audit';
import { getSubscriberEvidence } from '@/lib/data/subscribers';
import { formatDateTime } from '@/lib/format';
import { subscriberStatusLabel } from '@/lib/validations/subscribers';

export const metadata: Metadata = { title: 'Subscriber' };

const ACTIONS: Record<string, string> = { 'opt-in': 'Opted in', confirm: 'Confirmed by the emailed link', withdraw: 'Withdrew (unsubscribed)' };

export default async function SubscriberPage({ params }: { params: Promise<{ id: string }> }) {
  const { user } = await requireStaff();
  const { id } = await params;
  const found = isUuid(id) ? await getSubscriberEvidence(id) : null;
  if (!found) notFound();
  const { subscriber, records } = found;
  await recordAudit({ id: user.id, label: user.email }, { action: 'subscriber-viewed', subject: subscriber.email });
  return (
    <>
      <p>
        <Link href="/admin/subscribers">Back to subscribers</Link>
      </p>
      <h1>{subscriber.email}</h1>
      <dl className="details">
        <dt>Status</dt>
        <dd>{subscriberStatusLabel(subscriber.status)}</dd>
        <dt>Name</dt>
        <dd>{subscriber.name ?? '–'}</dd>
        <dt>Company</dt>
        <dd>{subscriber.company ?? '–'}</dd>
        <dt>Confirmed</dt>
        <dd>{subscriber.confirmedAt ? formatDateTime(subscriber.confirmedAt) : 'Not yet'}</dd>
      </dl>
      <h2>Consent evidence</h2>
      <p>Each record is part of the tamper-evident consent ledger; the wording is exactly what the person saw.</p>
      <DataTable caption="Marketing consent records for this address, oldest first" columns={['When', 'What', 'Where', 'Policy', 'Wording shown', 'Record hash']}>
        {records.map((r) => (
          <tr key={String(r.id)}>
            <th scope="row">{formatDateTime(r.createdAt)}</th>
            <td>{ACTIONS[r.action] ?? r.action}</td>
            <td>{r.source}</td>
            <td>{r.policyVersion}</td>
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
