import type { Metadata } from 'next';
import { QuoteForm } from '@/components/forms/quote-form';
import { pageFormToken } from '@/lib/server/form-guard';

export const metadata: Metadata = {
  title: 'Request a quote',
  description: 'Get a business gas or electricity quote from Lumina Energy.',
};

export default async function QuotePage() {
  return (
    <div className="container narrow">
      <h1>Request a business energy quote</h1>
      <p className="lead">Tell us about your site and we’ll compare suppliers for you. It takes about three minutes.</p>
      <QuoteForm formToken={await pageFormToken()} />
    </div>
  );
}
