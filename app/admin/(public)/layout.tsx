import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminHeader } from '@/components/admin/admin-header';

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'same-origin' };

// Sign-in and set-up: the back office's frame without its navigation.
export default function AdminPublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AdminHeader />
      <main id="main" tabIndex={-1} className="container narrow admin-main">
        {children}
      </main>
    </>
  );
}
