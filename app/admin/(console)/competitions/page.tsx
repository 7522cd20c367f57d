import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable } from '@/components/admin/data-table';
import { requireStaff } from '@/lib/auth/current';
import { listCompetitions } from '@/lib/data/have-your-say/competition-draw';
import { stateOf } from '@/lib/data/have-your-say/competitions';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Competitions' };

const STATE = { upcoming: 'Not open yet', open: 'Open', closed: 'Closed' } as const;

export default async function CompetitionsAdminPage() {
  await requireStaff();
  const rows = await listCompetitions();
  return (
    <>
      <h1>Competitions</h1>
      <p>
        <Link href="/admin/competitions/new" className="button">
          Set up a competition
        </Link>
      </p>
      <DataTable
        caption="Competitions, newest first"
        columns={['Title', 'State', 'Opens', 'Closes', 'Entries', 'Winner drawn']}
      >
        {rows.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <Link href={`/admin/competitions/${c.id}`}>{c.title}</Link>
            </th>
            <td>{STATE[stateOf(c)]}</td>
            <td>{formatDateTime(c.opensAt)}</td>
            <td>{formatDateTime(c.closesAt)}</td>
            <td>{c._count.entries}</td>
            <td>{c._count.draws ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
