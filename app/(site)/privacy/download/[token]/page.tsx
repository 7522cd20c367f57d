import type { Metadata } from 'next';
import Link from 'next/link';
import { DataCopyView } from '@/components/privacy/data-copy-view';
import { openDataCopy } from '@/lib/data/privacy/downloads';
import { formatDateTime } from '@/lib/format';

// The token is a secret: never sent on in a Referer header; the page is never indexed.
export const metadata: Metadata = { title: 'Your data', referrer: 'no-referrer', robots: { index: false } };

export default async function DataCopyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const found = await openDataCopy(token, 'viewed');
  if (found.state !== 'valid') {
    return (
      <div className="container narrow">
        <h1>{found.state === 'expired' ? 'This link has expired' : 'This link isn’t valid'}</h1>
        <p>
          Links to a copy of your data work for seven days, and only as sent. To get a new copy,{' '}
          <Link href="/privacy/request">make a new request</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="container data-copy">
      <h1>The information we hold about you</h1>
      <p className="lead">
        Reference <strong>{found.copy.reference}</strong>, for {found.copy.email}, prepared{' '}
        {formatDateTime(new Date(found.copy.generatedAt))}.
      </p>
      <p className="no-print">
        <a className="button" href={`/privacy/download/${token}/json`} download>
          Download as a JSON file
        </a>{' '}
        This page prints cleanly, or save it as a PDF from your browser’s print menu. The link works until{' '}
        {formatDateTime(found.expiresAt)}.
      </p>
      <DataCopyView copy={found.copy} />
    </div>
  );
}
