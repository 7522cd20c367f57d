// The page after a form is sent: the reference, and what happens next.
import Link from 'next/link';
import { organisation } from '@/lib/site-config';

type Props = { title: string; reference: string | undefined | string[]; prefix: string; nextSteps: React.ReactNode[] };

// Shows the reference only when it has the form’s own shape; anything else in the URL is ignored.
export function Acknowledgement({ title, reference, prefix, nextSteps }: Props) {
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
        <li>If you ticked the newsletter box, you will only receive it after you confirm your email address.</li>
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
