import type { Metadata } from 'next';
import { EnquiryForm } from '@/components/forms/enquiry-form';
import { pageFormToken } from '@/lib/server/form-guard';
import { organisation, telephoneHref } from '@/lib/site-config';

export const metadata: Metadata = {
  title: 'Quick enquiry',
  description: `Ask ${organisation.tradingName} a question about your business gas or electricity.`,
};

export default async function ContactPage() {
  return (
    <div className="container narrow">
      <h1>Quick enquiry</h1>
      <p className="lead">
        Ask us anything about your business energy. We reply within one working day, by email or phone as you prefer.
      </p>
      {organisation.phone ? (
        <p>
          Or call us on <a href={telephoneHref(organisation.phone)}>{organisation.phone}</a>.
        </p>
      ) : null}
      <EnquiryForm formToken={await pageFormToken()} />
    </div>
  );
}
