import type { Metadata } from 'next';
import Link from 'next/link';
import { CompetitionForm } from '@/components/admin/competition-form';
import { requireStaff } from '@/lib/auth/current';
import { toUkLocalInput } from '@/lib/uk-time';

export const metadata: Metadata = { title: 'Set up a competition' };

export default async function NewCompetitionPage() {
  await requireStaff();
  const now = new Date();
  return (
    <>
      <p>
        <Link href="/admin/competitions">Back to competitions</Link>
      </p>
      <h1>Set up a competition</h1>
      <CompetitionForm
        opensAt={toUkLocalInput(now)}
        closesAt={toUkLocalInput(new Date(now.getTime() + 30 * 86_400_000))}
      />
    </>
  );
}
