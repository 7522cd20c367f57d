import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/lib/auth/current';
import { privacyDeadlines } from '@/lib/data/privacy/handling';
import { dashboardFigures } from '@/lib/data/site/dashboard';
import { formatDate } from '@/lib/format';
import { kindLabel } from '@/lib/privacy/kinds';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function AdminDashboard() {
  const { user } = await requireStaff();
  const [f, deadlines] = await Promise.all([dashboardFigures(), privacyDeadlines()]);
  const cards: { label: string; value: number; href: string; alert?: boolean }[] = [
    ...f.newRequests.map(({ form, count }) => ({
      label: `New ${form.plural.toLowerCase()}`,
      value: count,
      href: `/admin/requests?type=${form.name}&status=NEW`,
    })),
    { label: 'Active subscribers', value: f.activeSubscribers, href: '/admin/subscribers?status=ACTIVE' },
    {
      label: 'Subscribers awaiting confirmation',
      value: f.pendingSubscribers,
      href: '/admin/subscribers?status=PENDING',
    },
    { label: 'Feedback to review', value: f.newFeedback, href: '/admin/feedback?status=NEW' },
    { label: 'Open data requests', value: deadlines.open, href: '/admin/privacy?status=OPEN' },
    {
      label: 'Overdue data requests',
      value: deadlines.overdue.length,
      href: '/admin/privacy?status=OPEN',
      alert: deadlines.overdue.length > 0,
    },
    { label: 'Emails waiting to be sent', value: f.pendingEmail, href: '/admin/mailbox?status=PENDING' },
    {
      label: 'Emails that could not be sent',
      value: f.failedEmail,
      href: '/admin/mailbox?status=FAILED',
      alert: f.failedEmail > 0,
    },
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
      {deadlines.overdue.length + deadlines.dueSoon.length > 0 ? (
        <section aria-labelledby="deadlines" className={deadlines.overdue.length ? 'stat stat-alert' : 'stat'}>
          <h2 id="deadlines">Data requests needing an answer</h2>
          <ul>
            {[...deadlines.overdue, ...deadlines.dueSoon].map((r) => (
              <li key={r.id}>
                <Link href={`/admin/privacy/${r.id}`}>{r.reference}</Link> ({kindLabel[r.kind]}):{' '}
                {r.due < new Date() ? (
                  <span className="badge badge-overdue">Overdue: was due {formatDate(r.due)}</span>
                ) : (
                  <span className="badge badge-due-soon">Due {formatDate(r.due)}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
