'use client';
// The back office's sections; the current one is marked for screen readers and sighted people alike.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

type Item = { href: string; label: string; adminOnly?: boolean };

export const ADMIN_SECTIONS: Item[] = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/requests', label: 'Enquiries and quotes' },
  { href: '/admin/privacy', label: 'Data requests' },
  { href: '/admin/subscribers', label: 'Subscribers' },
  { href: '/admin/newsletters', label: 'Newsletters' },
  { href: '/admin/feedback', label: 'Feedback' },
  { href: '/admin/surveys', label: 'Surveys' },
  { href: '/admin/competitions', label: 'Competitions' },
  { href: '/admin/consents', label: 'Consent ledger' },
  { href: '/admin/mailbox', label: 'Mailbox' },
  { href: '/admin/account', label: 'Your account' },
  { href: '/admin/staff', label: 'Staff', adminOnly: true },
  { href: '/admin/audit', label: 'Audit log', adminOnly: true },
  { href: '/admin/retention', label: 'Retention', adminOnly: true },
];

// Sections an account may open; others are not shown (and refuse if typed in). On a narrow screen
// the list folds into a "Menu" disclosure (no JavaScript needed), so the page's work comes first.
export function AdminNav({ isAdmin }: { isAdmin: boolean }) {
  const path = usePathname();
  const current = (href: string) => (href === '/admin' ? path === href : path === href || path.startsWith(`${href}/`));
  const sections = ADMIN_SECTIONS.filter((s) => isAdmin || !s.adminOnly);
  const list = (
    <ul>
      {sections.map((s) => (
        <li key={s.href}>
          <Link href={s.href} aria-current={current(s.href) ? 'page' : undefined}>
            {s.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  const here = sections.findLast((s) => current(s.href))?.label;
  return (
    <>
      <nav aria-label="Back office" className="admin-nav admin-nav-wide">
        {list}
      </nav>
      <details className="admin-nav-menu">
        <summary>Menu{here ? <span className="admin-nav-here">: {here}</span> : null}</summary>
        <nav aria-label="Back office" className="admin-nav">
          {list}
        </nav>
      </details>
    </>
  );
}
