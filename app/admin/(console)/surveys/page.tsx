import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable } from '@/components/admin/data-table';
import { requireStaff } from '@/lib/auth/current';
import { listSurveys } from '@/lib/data/have-your-say/surveys';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Surveys' };

const STATUS = { DRAFT: 'Draft', OPEN: 'Open', CLOSED: 'Closed' } as const;

export default async function SurveysAdminPage() {
  await requireStaff();
  const surveys = await listSurveys();
  return (
    <>
      <h1>Surveys</h1>
      <p>
        <Link href="/admin/surveys/new" className="button">
          Write a survey
        </Link>
      </p>
      <DataTable caption="Surveys, newest first" columns={['Title', 'Status', 'Responses', 'Written']}>
        {surveys.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              <Link href={`/admin/surveys/${s.id}`}>{s.title}</Link>
            </th>
            <td>{STATUS[s.status]}</td>
            <td>{s._count.responses}</td>
            <td>
              {formatDateTime(s.createdAt)} by {s.createdBy}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
