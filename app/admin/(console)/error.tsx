'use client';
import { ErrorPanel } from '@/components/errors/error-panel';

// A back-office page that failed on a move within the back office, inside the signed-in frame.
export default function AdminError({ error }: { error: Error & { digest?: string } }) {
  return <ErrorPanel digest={error.digest} home={{ href: '/admin', label: 'Back to the dashboard' }} />;
}
