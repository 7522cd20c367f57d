// The page after a form is sent: the reference, and what happens next.
import Link from 'next/link';
import { organisation } from '@/lib/site-config';

type Props = {
  title: string;
  reference: string | undefined | string[];
  prefix: string;
  nextSteps: readonly React.ReactNode[];
  /** Whether to mention the form's newsletter box (not on the newsletter's own page). */
  optInNote?: boolean;
};

// Shows the reference only when it has the form’s own shape; anything else in the URL is ignored.
export function Acknowledgement({ title, reference, prefix, nextSteps, optInNote = true }: Props) {
  const ref = typeof reference === 'string' && new RegExp(`^${prefix}-[2-9A-HJ-NP-Z]{6}$`).test(reference) ? reference : null;
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
        {optInNote ? (
          <li>If you ticked the newsletter box, we have emailed you a link: you will only receive the newsletter after you follow it.</li>
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
