import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { CompetitionEntryForm } from '@/components/forms/competition-entry-form';
import { NotHere } from '@/components/site/not-here';
import { competitionBySlug, stateOf } from '@/lib/data/have-your-say/competitions';
import { formatDateTime } from '@/lib/format';
import { pageFormToken } from '@/lib/server/form-guard';
import { isSlug } from '@/lib/slug';

type Props = { params: Promise<{ slug: string }> };

// Once per request, for the title and the page.
const find = cache(async (slug: string) => (isSlug(slug) ? competitionBySlug(slug) : null));

// The competition's own title; malformed addresses never get here (proxy.ts answers them with a 404).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const competition = await find((await params).slug);
  return { title: competition?.title ?? 'Competition not found', robots: competition ? undefined : { index: false } };
}

export default async function CompetitionPage({ params }: Props) {
  const competition = await find((await params).slug);
  if (!competition) {
    return (
      <NotHere title="Competition not found" href="/competitions" label="the competitions running now">
        There is no competition at this address.
      </NotHere>
    );
  }
  const open = stateOf(competition) === 'open';
  return (
    <div className="container narrow">
      <p>
        <Link href="/competitions">All competitions</Link>
      </p>
      <h1>{competition.title}</h1>
      <p className="prewrap">{competition.description}</p>
      <p>
        <strong>
          {open
            ? `Closes ${formatDateTime(competition.closesAt)}.`
            : `This competition closed on ${formatDateTime(competition.closesAt)}.`}
        </strong>{' '}
        The winner is drawn at random from the entries with the right answer, and told by email.
      </p>
      {open ? (
        <CompetitionEntryForm
          formToken={await pageFormToken()}
          competitionId={competition.id}
          question={competition.question}
          options={competition.options}
        />
      ) : null}
      <section aria-labelledby="terms-heading" id="terms">
        <h2 id="terms-heading">Terms</h2>
        <p className="prewrap">{competition.terms}</p>
      </section>
    </div>
  );
}
