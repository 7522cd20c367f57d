import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/lib/auth/current';
import { dashboardFigures } from '@/lib/data/dashboard';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function AdminDashboard() {
  const { user } = await requireStaff();
  const f = await dashboardFigures();
  const cards = [
    { label: 'New enquiries', value: f.newEnquiries, href: '/admin/requests?type=enquiry&status=NEW' },
    { label: 'New quote requests', value: f.newQuotes, href: '/admin/requests?type=quote&status=NEW' },
    { label: 'Active subscribers', value: f.activeSubscribers, href: '/admin/subscribers?status=ACTIVE' },
    { label: 'Subscribers awaiting confirmation', value: f.pendingSubscribers, href: '/admin/subscribers?status=PENDING' },
    { label: 'Emails waiting to be sent', value: f.pendingEmail, href: '/admin/mailbox?status=PENDING' },
    { label: 'Emails that could not be sent', value: f.failedEmail, href: '/admin/mailbox?status=FAILED', alert: f.failedEmail > 0 },
  ];
  return (
    <>
      <h1>Good to see you, {user.name}</h1>
      <ul className="stat-grid">
        {cards.map((c) => (
          <li key={c.label} className={c.alert ? 'stat stat-alert' : 'stat'}>
            <span className="stat-value">{c.value}</span>
            <span className="stat-label">{c.href ? <Link href={c.href}>{c.label}</Link> : c.label}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
