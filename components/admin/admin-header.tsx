// The back office's own header: always says where you are, and (once signed in) who you are.
import Link from 'next/link';
import { signOut } from '@/lib/actions/admin/account';
import type { StaffIdentity } from '@/lib/data/staff/sessions';
import { organisation } from '@/lib/site-config';

// `user` is absent on the sign-in and set-up pages.
export function AdminHeader({ user }: { user?: StaffIdentity }) {
  return (
    <header className="site-header admin-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="container header-row">
        <Link href="/admin" className="brand">
          {organisation.tradingName} <span className="brand-sub">back office</span>
        </Link>
        {user ? (
          <div className="admin-user">
            <span>
              Signed in as <strong>{user.name}</strong> ({user.role === 'ADMIN' ? 'admin' : 'staff'})
            </span>
            <form action={signOut}>
              <button type="submit" className="link-button">
                Sign out
              </button>
            </form>
          </div>
        ) : null}
      </div>
    </header>
  );
}
