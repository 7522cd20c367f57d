import type { Metadata } from 'next';
import { DataTable } from '@/components/admin/data-table';
import { InviteStaffForm } from '@/components/admin/invite-staff-form';
import { StaffRowActions } from '@/components/admin/staff-row-actions';
import { requireAdmin } from '@/lib/auth/current';
import { listStaff } from '@/lib/data/staff';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const { user } = await requireAdmin();
  const staff = await listStaff();
  return (
    <>
      <h1>Staff</h1>
      <DataTable caption="Staff accounts" columns={['Name', 'Email', 'Role', 'Status', 'Second factor', 'Signed in on', 'Actions']}>
        {staff.map((s) => (
          <tr key={s.id}>
            <th scope="row">{s.name}</th>
            <td>{s.email}</td>
            <td>{s.role === 'ADMIN' ? 'Admin' : 'Staff'}</td>
            <td>{!s.active ? 'Deactivated' : s.passwordHash ? 'Active' : 'Invited (no password yet)'}</td>
            <td>{s.totpEnabledAt ? 'Authenticator app' : 'None'}</td>
            <td>{s._count.sessions === 1 ? '1 device' : `${s._count.sessions} devices`}</td>
            <td>{s.id === user.id ? 'You' : <StaffRowActions id={s.id} name={s.name} role={s.role} active={s.active} secondFactor={Boolean(s.totpEnabledAt)} />}</td>
          </tr>
        ))}
      </DataTable>
      <h2>Add a colleague</h2>
      <InviteStaffForm />
    </>
  );
}
