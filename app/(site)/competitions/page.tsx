import type { Metadata } from 'next';
import Link from 'next/link';
import { publicCompetitions, stateOf } from '@/lib/data/have-your-say/competitions';
import { formatDateTime } from '@/lib/format';

export const metadata: Metadata = { title: 'Competitions', description: 'Enter our online competitions.' };

export default async function CompetitionsPage() {
  const competitions = await publicCompetitions();
  return (
    <div className="container narrow">
      <h1>Competitions</h1>
      <p className="lead">
        Now and then we run a competition for our customers and readers. One entry per email address.
      </p>
      {competitions.length ? (
        <ul className="cards">
          {competitions.map((c) => (
            <li key={c.id} className="card">
              <h2>
                <Link href={`/competitions/${c.slug}`}>{c.title}</Link>
              </h2>
              <p>
                {stateOf(c) === 'open'
                  ? `Open until ${formatDateTime(c.closesAt)}.`
                  : `Closed on ${formatDateTime(c.closesAt)}.`}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>There is no competition running at the moment. Sign up to our newsletter to hear about the next one.</p>
      )}
    </div>
  );
}
