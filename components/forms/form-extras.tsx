// The parts every public form shares: the hidden token, the honeypot, the purpose statement and
// the unticked marketing opt-in.
import Link from 'next/link';
import { type InputHTMLAttributes, useRef } from 'react';
import { MARKETING_WORDING } from '@/lib/forms/marketing';
import { useFormId } from './form-scope';
import { usePageToken } from './use-page-token';

// Invisible to people (off-screen, out of the tab order, hidden from screen readers); bots fill it in.
export function SpamFields({ formToken }: { formToken: string }) {
  const id = useFormId('website');
  const field = useRef<HTMLInputElement>(null);
  const token = usePageToken(formToken, field);
  return (
    <>
      <input ref={field} type="hidden" name="formToken" value={token} />
      <div className="trap" aria-hidden="true">
        <label htmlFor={id}>Leave this field empty</label>
        <input id={id} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}

// The purpose statement shown above each submit button, as the policy promises.
export function Purpose({ children }: { children: React.ReactNode }) {
  return (
    <p className="purpose" id={useFormId('purpose')}>
      <strong>How we use this information:</strong> {children} We won’t give or sell it to anyone else without your
      consent. Read our <Link href="/privacy-policy#how-we-use-information">privacy policy</Link>.
    </p>
  );
}

// Unticked by default; ticking it is recorded as its own consent, separate from the form's purpose.
export function MarketingOptIn({ error, ...props }: InputHTMLAttributes<HTMLInputElement> & { error?: string }) {
  const id = useFormId('marketingOptIn');
  return (
    <div className={`checkbox${error ? ' field-error' : ''}`}>
      {error !== undefined ? (
        <p id={`${id}-error`} className="error-message" aria-live="polite">
          {error ? (
            <>
              <span className="visually-hidden">Error: </span>
              {error}
            </>
          ) : null}
        </p>
      ) : null}
      <input
        id={id}
        type="checkbox"
        {...props}
        name="marketingOptIn"
        aria-describedby={error !== undefined ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      />
      <label htmlFor={id}>{MARKETING_WORDING}</label>
    </div>
  );
}

type ChoiceProps = (name: string, value: string) => InputHTMLAttributes<HTMLInputElement>;

// A set of radio buttons with one legend and one error message.
export function ChoiceGroup(props: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  error?: string;
  choiceProps: ChoiceProps;
  /** One option per line, for long labels. */
  stacked?: boolean;
}) {
  const { name, legend, options, error, choiceProps, stacked = false } = props;
  const id = useFormId(name);
  return (
    <fieldset className={`field${error ? ' field-error' : ''}`} aria-describedby={`${id}-error`}>
      <legend>{legend}</legend>
      <p id={`${id}-error`} className="error-message" aria-live="polite">
        {error}
      </p>
      <div className={stacked ? 'radios' : 'radios inline'} id={id}>
        {options.map((o) => (
          <label key={o.value}>
            <input type="radio" {...choiceProps(name, o.value)} /> {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// Disabled while the action runs, so a double click sends once.
export function SubmitButton({ pending, label }: { pending: boolean; label: string }) {
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
      {pending ? 'Sending…' : label}
    </button>
  );
}
