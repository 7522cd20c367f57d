import type { Metadata } from 'next';
import Link from 'next/link';
import { LinkConfirmForm } from '@/components/site/link-confirm-form';
import { confirmPrivacyRequest } from '@/lib/actions/verify-privacy-request';
import { checkPrivacyVerification } from '@/lib/data/privacy/requests';

// The token is a secret: never sent on to another site in a Referer header.
export const metadata: Metadata = {
  title: 'Confirm your data request',
  referrer: 'same-origin',
  robots: { index: false },
};

type Params = { token?: string | string[]; done?: string | string[]; stopped?: string | string[] };

export default async function VerifyPrivacyRequestPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  if (typeof params.done === 'string' && /^DSR-[2-9A-HJ-NP-Z]{6}$/.test(params.done))
    return <Confirmed reference={params.done} stopped={params.stopped === '1'} />;
  const token = typeof params.token === 'string' ? params.token : '';
  const { state } = await checkPrivacyVerification(token);
  if (state === 'used') {
    return (
      <Message title="This link has already been used">
        Each confirmation link works once. If you confirmed your request, we are working on it and will email you.
        Otherwise, <Link href="/privacy/request">make the request again</Link>.
      </Message>
    );
  }
  if (state !== 'valid') {
    return (
      <Message title="This confirmation link has expired or isn’t valid">
        Confirmation links work for one hour and only as sent: check that you copied the whole address from the email.
        To go ahead, <Link href="/privacy/request">make the request again</Link> and we will email you a new link.
      </Message>
    );
  }
  return (
    <div className="container narrow">
      <h1>Confirm your data request</h1>
      <p>Press the button to confirm that this request is yours. We will then act on it and email you.</p>
      <LinkConfirmForm action={confirmPrivacyRequest} token={token} label="Confirm my request" />
      <p>If you didn’t make this request, close this page: nothing will happen.</p>
    </div>
  );
}

function Message({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="container narrow">
      <h1>{title}</h1>
      <p>{children}</p>
    </div>
  );
}

function Confirmed({ reference, stopped }: { reference: string; stopped: boolean }) {
  return (
    <div className="container narrow">
      <div className="panel-success" role="status">
        <h1>{stopped ? 'We have stopped marketing to you' : 'Thank you: your request is confirmed'}</h1>
        <p>
          Your reference is <strong data-testid="reference">{reference}</strong>.{' '}
          {stopped
            ? 'You will not receive marketing from us again, and we have emailed you to confirm it.'
            : 'We have emailed you to say what happens next, and will answer within one calendar month.'}
        </p>
      </div>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  );
}
