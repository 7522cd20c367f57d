'use client';
import { ErrorPanel } from '@/components/errors/error-panel';

// A frame below the document failed to draw (the public site's or the back office's sign-in frame).
export default function RootError({ error }: { error: Error & { digest?: string } }) {
  return <ErrorPanel digest={error.digest} home={{ href: '/', label: 'Go to the home page' }} />;
}
