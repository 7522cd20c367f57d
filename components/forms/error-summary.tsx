// The list of problems at the top of a form after a failed submit, linking to each field
// (GOV.UK error summary); it takes focus so screen reader and keyboard users start there.
import { forwardRef } from 'react';

type Props = { errors: Record<string, string | undefined>; message?: string };

export const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary({ errors, message }, ref) {
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (!entries.length && !message) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{entries.length ? 'There is a problem' : 'Your form was not sent'}</h2>
      {message ? <p>{message}</p> : null}
      {entries.length ? (
        <ul>
          {entries.map(([name, text]) => (
            <li key={name}>
              <a href={`#field-${name}`}>{text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
