'use client';
import { ErrorPanel } from '@/components/errors/error-panel';

// A public page that failed while the visitor moved around the site (a full page load that fails is
// answered by lib/errors/failed-page.ts): shown in the site's own frame, with the reference to quote.
export default function SiteError({ error }: { error: Error & { digest?: string } }) {
  return <ErrorPanel digest={error.digest} home={{ href: '/', label: 'Go to the home page' }} />;
}
