import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable } from '@/components/admin/data-table';
import { requireStaff } from '@/lib/auth/current';
import { countActiveRecipients, listNewsletters } from '@/lib/data/newsletter/issues';
import { formatDateTime } from '@/lib/format';
import { NEWSLETTER_STATUSES } from '@/lib/validations/newsletters';

export const metadata: Metadata = { title: 'Newsletters' };

export default async function NewslettersPage() {
  await requireStaff();
  const [rows, active] = await Promise.all([listNewsletters(), countActiveRecipients()]);
  return (
    <>
      <h1>Newsletters</h1>
      <p>
        Newsletters go only to active subscribers: people who signed up and confirmed their address, and have not
        unsubscribed since.{' '}
        {active === 0
          ? 'There are none yet.'
          : active === 1
            ? 'There is 1 now.'
            : `There are ${active.toLocaleString('en-GB')} now.`}
      </p>
      <p>
        <Link href="/admin/newsletters/new" className="button">
          Write a newsletter
        </Link>
      </p>
      <DataTable caption="Newsletters, newest first" columns={['Subject', 'Status', 'Last changed', 'Delivered']}>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link href={`/admin/newsletters/${r.id}`}>{r.subject}</Link>
            </th>
            <td>{NEWSLETTER_STATUSES[r.status]}</td>
            <td>
              {formatDateTime(r.updatedAt)} by {r.updatedBy}
            </td>
            <td>
              {r.status === 'DRAFT'
                ? '–'
                : `${r.delivery.SENT.toLocaleString('en-GB')} of ${Math.max(r.recipientCount, r.queuedCount).toLocaleString('en-GB')}`}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
