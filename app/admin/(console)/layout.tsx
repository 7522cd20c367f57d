import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminHeader } from '@/components/admin/admin-header';
import { AdminNav } from '@/components/admin/admin-nav';
import { requireStaff } from '@/lib/auth/current';

export const metadata: Metadata = {
  title: { default: 'Back office', template: '%s | Back office' },
  robots: { index: false, follow: false },
  referrer: 'same-origin',
};

// The signed-in frame. Each page below checks the session again itself.
export default async function AdminConsoleLayout({ children }: { children: ReactNode }) {
  const { user } = await requireStaff();
  return (
    <>
      <AdminHeader user={user} />
      <div className="container admin-grid">
        <AdminNav isAdmin={user.role === 'ADMIN'} />
        <main id="main" tabIndex={-1} className="admin-main">
          {children}
        </main>
      </div>
    </>
  );
}
