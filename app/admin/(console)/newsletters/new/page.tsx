import type { Metadata } from 'next';
import Link from 'next/link';
import { NewsletterEditor } from '@/components/admin/newsletter-editor';
import { requireStaff } from '@/lib/auth/current';

export const metadata: Metadata = { title: 'Write a newsletter' };

export default async function NewNewsletterPage() {
  await requireStaff();
  return (
    <>
      <p>
        <Link href="/admin/newsletters">Back to newsletters</Link>
      </p>
      <h1>Write a newsletter</h1>
      <p>
        Save a draft to preview it and send yourself a test. Nothing goes to subscribers until you send it from the
        draft’s page.
      </p>
      <NewsletterEditor />
    </>
  );
}
