import type { Metadata } from 'next';
import Link from 'next/link';
import { LinkConfirmForm } from '@/components/site/link-confirm-form';
import { withdrawTestimonial } from '@/lib/actions/withdraw-testimonial';
import { WITHDRAW_PURPOSE } from '@/lib/data/have-your-say/feedback';
import { publicationState } from '@/lib/data/have-your-say/feedback-review';
import { readLinkId } from '@/lib/data/newsletter/unsubscribe-link';

export const metadata: Metadata = {
  title: 'Withdraw permission to publish',
  referrer: 'same-origin',
  robots: { index: false },
};

export default async function WithdrawTestimonialPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const id = await readLinkId(WITHDRAW_PURPOSE, token);
  const state = id ? await publicationState(id) : 'unknown';
  if (state === 'unknown') {
    return (
      <div className="container narrow">
        <h1>This link isn’t valid</h1>
        <p>
          Open it again from the email we sent you, or <Link href="/contact">contact us</Link> and we will take your
          feedback down.
        </p>
      </div>
    );
  }
  if (state === 'withdrawn') {
    return (
      <div className="container narrow">
        <div className="panel-success" role="status">
          <h1>Your feedback is not published</h1>
          <p>We do not have your permission to publish it, so it does not appear on our website.</p>
        </div>
      </div>
    );
  }
  return (
    <div className="container narrow">
      <h1>Withdraw your permission to publish</h1>
      <p>Press the button and your feedback comes off our website straight away. We keep it privately, as feedback.</p>
      <LinkConfirmForm action={withdrawTestimonial} token={token} label="Withdraw my permission" />
    </div>
  );
}
