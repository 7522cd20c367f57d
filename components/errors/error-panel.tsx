'use client';
// What every error page drawn in the browser says (a page that fails on the server is answered by
// lib/errors/failed-page.ts instead): what happened, that nothing sent was lost, what to do, and the
// error's digest to quote, which the server's log line for the failed request carries with its id.
import { usePathname } from 'next/navigation';
import { organisation } from '@/lib/site-config';

type Props = { digest?: string; home: { href: string; label: string } };

// The panel itself, inside whichever frame could still be drawn.
export function ErrorPanel({ digest, home }: Props) {
  const path = usePathname() ?? '/';
  const reference = digest;
  return (
    <div className="container narrow error-page" role="alert">
      <h1>Sorry, this page can’t be shown right now</h1>
      <p>
        Something went wrong on our side, or our records were briefly out of reach. Nothing you have sent us is lost.
        This usually clears within a minute: please try again in a moment.
      </p>
      <p className="error-actions">
        <a className="button" href={path}>
          Try again
        </a>{' '}
        <a href={home.href}>{home.label}</a>
      </p>
      {reference ? (
        <p className="error-reference">
          If it keeps happening, email <a href={`mailto:${organisation.email}`}>{organisation.email}</a> and quote
          reference <code data-testid="error-reference">{reference}</code>.
        </p>
      ) : null}
    </div>
  );
}
