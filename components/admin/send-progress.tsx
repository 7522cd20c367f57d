// How far a newsletter send has got: copies queued, delivered, failed and cancelled (unsubscribed
// since), as a progress bar with the figures in words.
import Link from 'next/link';
import type { DeliveryCounts } from '@/lib/data/newsletter/issues';
import { formatDateTime } from '@/lib/format';
import { AutoRefresh } from './auto-refresh';

type Props = {
  path: string;
  status: 'SENDING' | 'SENT';
  recipientCount: number;
  queuedCount: number;
  delivery: DeliveryCounts;
  sentBy: string | null;
  sendStartedAt: Date | null;
};

const n = (v: number) => v.toLocaleString('en-GB');

// Announced politely as it changes; refreshes itself until every copy is settled.
export function SendProgress({ path, status, recipientCount, queuedCount, delivery, sentBy, sendStartedAt }: Props) {
  const total = Math.max(recipientCount, queuedCount);
  const active = status === 'SENDING' || delivery.PENDING > 0;
  return (
    <section aria-labelledby="progress" className="send-progress">
      <h2 id="progress">Delivery</h2>
      <p>
        Sent by {sentBy ?? 'unknown'}
        {sendStartedAt ? ` on ${formatDateTime(sendStartedAt)}` : ''}.
      </p>
      <progress max={total || 1} value={Math.min(delivery.SENT, total)} aria-labelledby="progress" />
      <p role="status" aria-live="polite" data-testid="send-progress">
        {active ? 'Sending: ' : 'Finished: '}
        {n(delivery.SENT)} of {n(total)} delivered
        {status === 'SENDING' ? `, ${n(queuedCount)} queued so far` : ''}
        {delivery.PENDING ? `, ${n(delivery.PENDING)} waiting` : ''}
        {delivery.FAILED ? `, ${n(delivery.FAILED)} could not be delivered` : ''}
        {delivery.CANCELLED ? `, ${n(delivery.CANCELLED)} cancelled (unsubscribed before delivery)` : ''}.
      </p>
      {active ? (
        <p>
          This page updates itself. <Link href={path}>Refresh now</Link>
        </p>
      ) : null}
      {delivery.FAILED ? (
        <p>The Mailbox lists each copy that could not be delivered, with its error, and can retry it.</p>
      ) : null}
      <AutoRefresh active={active} />
    </section>
  );
}
