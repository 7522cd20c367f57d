import type { Metadata } from 'next';
import Link from 'next/link';
import { organisation } from '@/lib/site-config';

export const metadata: Metadata = { title: 'Enquiry sent' };

type Props = { searchParams: Promise<{ ref?: string | string[] }> };

export default async function EnquiryThanksPage({ searchParams }: Props) {
  const { ref } = await searchParams;
  const reference = typeof ref === 'string' && /^ENQ-[2-9A-HJ-NP-Z]{6}$/.test(ref) ? ref : null;
  return (
    <div className="container narrow">
      <div className="panel-success" role="status">
        <h1>Thank you, your enquiry has been sent</h1>
        {reference ? (
          <p>
            Your reference is <strong data-testid="reference">{reference}</strong>.
          </p>
        ) : null}
      </div>
      <h2>What happens next</h2>
      <ul>
        <li>One of our energy advisers will reply within one working day, by the contact method you chose.</li>
        <li>We use your details only to answer this enquiry.</li>
        <li>If you ticked the newsletter box, you will only receive it after you confirm your email address.</li>
      </ul>
      <p>
        Need to add something? Email <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
        {reference ? ' quoting your reference' : ''}.
      </p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  );
}
