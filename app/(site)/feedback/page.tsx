import type { Metadata } from 'next';
import { FeedbackForm } from '@/components/forms/feedback-form';
import { pageFormToken } from '@/lib/server/form-guard';
import { organisation } from '@/lib/site-config';

export const metadata: Metadata = {
  title: 'Give us feedback',
  description: `Tell ${organisation.tradingName} how we did. With your permission, we may publish it as a testimonial.`,
};

export default async function FeedbackPage() {
  return (
    <div className="container narrow">
      <h1>Give us feedback</h1>
      <p className="lead">Tell us how we did: what went well, and what we could do better.</p>
      <p>
        We publish feedback on our website only if you say we may, and only after we have read it. You can withdraw your
        permission at any time from the email we send you.
      </p>
      <FeedbackForm formToken={await pageFormToken()} />
    </div>
  );
}
