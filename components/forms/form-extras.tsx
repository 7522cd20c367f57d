// The parts every public form shares: the hidden token, the honeypot, the purpose statement and
// the unticked marketing opt-in.
import Link from 'next/link';
import type { InputHTMLAttributes } from 'react';
import { MARKETING_WORDING } from '@/lib/forms/marketing';

// Invisible to people (off-screen, out of the tab order, hidden from screen readers); bots fill it in.
export function SpamFields({ formToken }: { formToken: string }) {
  return (
    <>
      <input type="hidden" name="formToken" value={formToken} />
      <div className="trap" aria-hidden="true">
        <label htmlFor="field-website">Leave this field empty</label>
        <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}

export function Purpose({ children }: { children: React.ReactNode }) {
  return (
    <p className="purpose" id="form-purpose">
      <strong>How we use this information:</strong> {children} We won’t give or sell it to anyone else without your
      consent. Read our <Link href="/privacy-policy#how-we-use-information">privacy policy</Link>.
    </p>
  );
}

// Unticked by default; ticking it is recorded as its own consent, separate from the form's purpose.
export function MarketingOptIn(props: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="checkbox">
      <input id="field-marketingOptIn" type="checkbox" value="yes" {...props} name="marketingOptIn" />
      <label htmlFor="field-marketingOptIn">{MARKETING_WORDING}</label>
    </div>
  );
}
