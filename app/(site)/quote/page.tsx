import type { Metadata } from 'next';
import { QuoteForm } from '@/components/forms/quote-form';
import { env } from '@/lib/env';
import { issueFormToken } from '@/lib/forms/form-token';

export const metadata: Metadata = {
  title: 'Request a quote',
  description: 'Get a business gas or electricity quote from Lumina Energy.',
};

export default function QuotePage() {
  return (
    <div className="container narrow">
      <h1>Request a business energy quote</h1>
      <p className="lead">Tell us about your site and we’ll compare suppliers for you. It takes about three minutes.</p>
      <QuoteForm formToken={issueFormToken(env.FORM_SECRET)} />
    </div>
  );
}
