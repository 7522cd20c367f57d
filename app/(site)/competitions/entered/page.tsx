import type { Metadata } from 'next';
import { Acknowledgement, type AcknowledgementQuery } from '@/components/forms/acknowledgement';
import { competitionForm } from '@/lib/forms/competition';

export const metadata: Metadata = { title: 'You have entered', robots: { index: false } };

export default async function CompetitionEnteredPage({
  searchParams,
}: {
  searchParams: Promise<AcknowledgementQuery>;
}) {
  return (
    <Acknowledgement
      title="You have entered the competition"
      query={await searchParams}
      prefix={competitionForm.prefix}
      nextSteps={[
        'We have emailed you a receipt for your entry.',
        'After the competition closes, we draw the winner at random from the entries with the right answer and tell them by email.',
        'We delete entries a while after the competition ends.',
      ]}
    />
  );
}
