import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CompetitionEntryForm } from '@/components/forms/competition-entry-form';
import { competitionBySlug, stateOf } from '@/lib/data/competitions';
import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/format';
import { issueFormToken } from '@/lib/forms/form-token';

export const metadata: Metadata = { title: 'Competition' };

export default async function CompetitionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const competition = /^[a-z0-9-]{1,70}$/.test(slug) ? await competitionBySlug(slug) : null;
  if (!competition) notFound();
  const open = stateOf(competition) === 'open';
  return (
    <div className="container narrow">
      <p>
        <Link href="/competitions">All competitions</Link>
      </p>
      <h1>{competition.title}</h1>
      <p className="prewrap">{competition.description}</p>
      <p>
        <strong>{open ? `Closes ${formatDateTime(competition.closesAt)}.` : `This competition closed on ${formatDateTime(competition.closesAt)}.`}</strong>{' '}
        The winner is drawn at random from the entries with the right answer, and told by email.
      </p>
      {open ? (
        <CompetitionEntryForm formToken={issueFormToken(env.FORM_SECRET)} competitionId={competition.id} question={competition.question} options={competition.options} />
      ) : null}
      <section aria-labelledby="terms-heading" id="terms">
        <h2 id="terms-heading">Terms</h2>
        <p className="prewrap">{competition.terms}</p>
      </section>
    </div>
  );
}
