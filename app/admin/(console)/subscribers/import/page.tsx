import type { Metadata } from 'next';
import Link from 'next/link';
import { SubscriberImportForm } from '@/components/admin/subscriber-import-form';
import { requireStaff } from '@/lib/auth/current';

export const metadata: Metadata = { title: 'Import subscribers' };

export default async function ImportSubscribersPage() {
  await requireStaff();
  return (
    <>
      <p>
        <Link href="/admin/subscribers">Back to subscribers</Link>
      </p>
      <h1>Import subscribers</h1>
      <p>
        For people who agreed to the newsletter somewhere other than this site. Nobody is subscribed by an import: each
        new address gets the confirmation email, and receives newsletters only once they confirm. Addresses on the
        suppression list are never invited.
      </p>
      <SubscriberImportForm />
    </>
  );
}
