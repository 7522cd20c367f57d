'use client';
import { ErrorPanel } from '@/components/errors/error-panel';

// The back office's frame itself failed (checking the session needs the database): no frame to
// draw, so the panel alone, with the error's reference.
export default function AdminFrameError({ error }: { error: Error & { digest?: string } }) {
  return <ErrorPanel digest={error.digest} home={{ href: '/admin', label: 'Back to the back office' }} />;
}
