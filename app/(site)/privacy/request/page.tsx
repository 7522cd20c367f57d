import type { Metadata } from 'next';
import Link from 'next/link';
import { PrivacyRequestForm } from '@/components/forms/privacy-request-form';
import { pageFormToken } from '@/lib/server/form-guard';
import { organisation } from '@/lib/site-config';

export const metadata: Metadata = {
  title: 'Your data: ask for a copy, a correction or erasure',
  description: `Ask ${organisation.tradingName} for a copy of the information we hold about you, to correct it, to delete it, or to stop marketing.`,
};

export default async function PrivacyRequestPage() {
  return (
    <div className="container narrow">
      <h1>Your information: ask for a copy, a correction or erasure</h1>
      <p className="lead">
        As our <Link href="/privacy-policy#access-to-your-information">privacy policy</Link> says, you can ask at any
        time for a copy of the information we hold about you, and ask us to correct or remove it.
      </p>
      <h2>How it works</h2>
      <ol>
        <li>Tell us what you would like us to do, and the email address you used with us.</li>
        <li>
          We email that address a link. <strong>We act on the request only once you follow it</strong>, so nobody else
          can see or change your information. The link works for one hour.
        </li>
        <li>
          We answer within one calendar month of your confirmation. A request to stop marketing takes effect as soon as
          you confirm.
        </li>
      </ol>
      <PrivacyRequestForm formToken={await pageFormToken()} />
      <p>
        You can also write to us at <a href={`mailto:${organisation.email}`}>{organisation.email}</a>. It is free.
      </p>
    </div>
  );
}
