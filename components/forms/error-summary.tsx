// The list of problems at the top of a form after a failed submit, linking to each field
// (GOV.UK error summary); it takes focus so screen reader and keyboard users start there.
import { forwardRef } from 'react';
import { useFormId } from './form-scope';

type Props = { errors: Record<string, string | undefined>; message?: string; title?: string };

export const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary(
  { errors, message, title = 'Your form was not sent' },
  ref,
) {
  const titleId = useFormId('error-summary-title');
  const fieldId = useFormId('');
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (!entries.length && !message) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId}>{entries.length ? 'There is a problem' : title}</h2>
      {message ? <p>{message}</p> : null}
      {entries.length ? (
        <ul>
          {entries.map(([name, text]) => (
            <li key={name}>
              <a href={`#${fieldId}${name}`}>{text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
