import type { Metadata } from 'next';
import Link from 'next/link';
import { openSurveys } from '@/lib/data/have-your-say/surveys';

export const metadata: Metadata = {
  title: 'Customer survey',
  description: 'Tell us how we are doing: it takes a few minutes.',
};

export default async function SurveysPage() {
  const surveys = await openSurveys();
  return (
    <div className="container narrow">
      <h1>Customer survey</h1>
      <p className="lead">Taking part is voluntary. Your answers help us improve, and are kept for research.</p>
      {surveys.length ? (
        <ul className="cards">
          {surveys.map((s) => (
            <li key={s.id} className="card">
              <h2>
                <Link href={`/surveys/${s.slug}`}>{s.title}</Link>
              </h2>
              <p className="prewrap">{s.intro}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>There is no survey running at the moment. Thank you for wanting to take part.</p>
      )}
    </div>
  );
}
