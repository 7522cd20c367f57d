// The page after a form is sent: the reference, and what happens next.
import Link from 'next/link';
import { organisation } from '@/lib/site-config';

/** The thank-you page's address: the reference, and `newsletter=1` when the form's newsletter box was ticked. */
export type AcknowledgementQuery = { ref?: string | string[]; newsletter?: string | string[] };

type Props = { title: string; query: AcknowledgementQuery; prefix: string; nextSteps: readonly React.ReactNode[] };

// Shows the reference only when it has the form’s own shape; anything else in the URL is ignored.
export function Acknowledgement({ title, query, prefix, nextSteps }: Props) {
  const reference = query.ref;
  const ref =
    typeof reference === 'string' && new RegExp(`^${prefix}-[2-9A-HJ-NP-Z]{6}$`).test(reference) ? reference : null;
  const optedIn = query.newsletter === '1';
  return (
    <div className="container narrow">
      <div className="panel-success" role="status">
        <h1>{title}</h1>
        {ref ? (
          <p>
            Your reference is <strong data-testid="reference">{ref}</strong>.
          </p>
        ) : null}
      </div>
      <h2>What happens next</h2>
      <ul>
        {nextSteps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
        {optedIn ? (
          <li>
            You ticked the newsletter box, so we have emailed you a link: you will only receive the newsletter after you
            follow it.
          </li>
        ) : null}
      </ul>
      <p>
        Need to add something? Email <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
        {ref ? ' quoting your reference' : ''}.
      </p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  );
}
