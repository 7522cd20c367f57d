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

// The signed-in frame. Each page below checks the session again itself. An account the rules send to
// add a second factor sees no navigation: its account page is all it can open.
export default async function AdminConsoleLayout({ children }: { children: ReactNode }) {
  const { user, secondFactorMissing } = await requireStaff({ settingUp: true });
  return (
    <>
      <AdminHeader user={user} />
      <div className="container admin-grid">
        {secondFactorMissing ? <div /> : <AdminNav isAdmin={user.role === 'ADMIN'} />}
        <main id="main" tabIndex={-1} className="admin-main">
          {children}
        </main>
      </div>
    </>
  );
}
