import type { Metadata } from 'next';
import { NewsletterForm } from '@/components/forms/newsletter-form';
import { pageFormToken } from '@/lib/server/form-guard';
import { organisation } from '@/lib/site-config';

export const metadata: Metadata = {
  title: 'Newsletter sign-up',
  description: `Sign up to the ${organisation.tradingName} newsletter: business energy news, products and events.`,
};

export default async function NewsletterPage() {
  return (
    <div className="container narrow">
      <h1>Sign up to our newsletter</h1>
      <p className="lead">
        Once a month: what is happening to business gas and electricity prices, our products and services, news and
        events.
      </p>
      <p>
        After you sign up we email you a link. <strong>Your subscription starts only when you follow it</strong>; until
        then we send you nothing else. Every issue has a one-click unsubscribe link.
      </p>
      <NewsletterForm formToken={await pageFormToken()} />
    </div>
  );
}
