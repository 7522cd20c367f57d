import type { Metadata } from 'next';
import { DataTable } from '@/components/admin/data-table';
import { InviteStaffForm } from '@/components/admin/invite-staff-form';
import { SecurityRulesForm } from '@/components/admin/security-rules-form';
import { StaffRowActions } from '@/components/admin/staff-row-actions';
import { TeamRecipientsForm } from '@/components/admin/team-recipients-form';
import { requireAdmin } from '@/lib/auth/current';
import { savedTeamRecipients } from '@/lib/data/enquiries/team-notifications';
import { listStaff } from '@/lib/data/staff/accounts';
import { secondFactorRequired } from '@/lib/data/staff/security-settings';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Staff' };

const secondFactorLabel = (app: boolean, passkeys: number) =>
  [passkeys ? `${passkeys} passkey${passkeys === 1 ? '' : 's'}` : null, app ? 'Authenticator app' : null]
    .filter(Boolean)
    .join(', ') || 'None';

const RULE_NOTICES: Record<string, string> = {
  on: 'Two-factor sign-in is now required for everyone.',
  off: 'Two-factor sign-in is now optional.',
};

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ rules?: string }> }) {
  const { user } = await requireAdmin();
  const [staff, required, recipients, { rules }] = await Promise.all([
    listStaff(),
    secondFactorRequired(),
    savedTeamRecipients(),
    searchParams,
  ]);
  const without = staff.filter((s) => s.active && !s.totpEnabledAt && !s._count.passkeys).length;
  return (
    <>
      <h1>Staff</h1>
      {rules && RULE_NOTICES[rules] ? (
        <p className="panel-success" role="status">
          {RULE_NOTICES[rules]}
        </p>
      ) : null}
      <DataTable
        caption="Staff accounts"
        columns={['Name', 'Email', 'Role', 'Status', 'Second factor', 'Signed in on', 'Actions']}
      >
        {staff.map((s) => (
          <tr key={s.id}>
            <th scope="row">{s.name}</th>
            <td>{s.email}</td>
            <td>{s.role === 'ADMIN' ? 'Admin' : 'Staff'}</td>
            <td>{!s.active ? 'Deactivated' : s.hasPassword ? 'Active' : 'Invited (no password yet)'}</td>
            <td>{secondFactorLabel(s.totpEnabledAt !== null, s._count.passkeys)}</td>
            <td>{s._count.sessions === 1 ? '1 device' : `${s._count.sessions} devices`}</td>
            <td>
              {s.id === user.id ? (
                'You'
              ) : (
                <StaffRowActions
                  id={s.id}
                  name={s.name}
                  role={s.role}
                  active={s.active}
                  secondFactor={s.totpEnabledAt !== null || s._count.passkeys > 0}
                />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <h2>Who is told about new requests</h2>
      <p>
        These addresses are emailed about each new enquiry, quote request and data request, and about data-request
        deadlines.
      </p>
      <TeamRecipientsForm saved={recipients} fallback={env.STAFF_NOTIFICATION_TO} />
      <h2>Two-factor sign-in for everyone</h2>
      <SecurityRulesForm required={required} without={without} />
      <h2>Add a colleague</h2>
      <InviteStaffForm />
    </>
  );
}
