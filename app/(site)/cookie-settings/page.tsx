import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { ConsentHistory } from '@/components/consent/consent-history';
import { CookieList } from '@/components/consent/cookie-list';
import { cookieCategories } from '@/lib/consent/registry';
import { WHAT_CHANGED_PAGE } from '@/lib/policy/addresses';
import { siteOrigins } from '@/lib/server/request-client';
import { getRequestConsent } from '@/lib/server/request-consent';
import { refererPath, safeReturnPath } from '@/lib/validations/consent';

export const metadata: Metadata = { title: 'Cookie settings' };

type Props = { searchParams: Promise<{ returnTo?: string | string[] }> };

export default async function CookieSettingsPage({ searchParams }: Props) {
  const consent = await getRequestConsent();
  const { returnTo } = await searchParams;
  // From a prerendered page's banner or footer the link carries no address: the Referer says where they were.
  const h = await headers();
  const came = typeof returnTo === 'string' ? safeReturnPath(returnTo) : refererPath(h.get('referer'), siteOrigins(h));
  // "Save" goes back there, with the notice that the choice was saved; opened directly, it stays here.
  const back = came && !came.startsWith('/cookie-settings') ? came : '/cookie-settings';
  const decided = consent.decision !== null && consent.mode !== 'ask-again' && consent.mode !== 'policy-changed';
  const analyticsOn = decided && consent.analyticsAllowed;
  return (
    <div className="container narrow">
      <h1>Cookie settings</h1>
      <p>
        Choose which cookies this site may use. You can change your mind at any time; the{' '}
        <Link href="/privacy-policy#cookies">privacy policy</Link> explains each cookie.
      </p>
      {consent.mode === 'policy-changed' ? (
        <p className="callout" role="note">
          Our privacy policy has changed since you last chose: <Link href={WHAT_CHANGED_PAGE}>see what changed</Link>,
          then save your choice again.
        </p>
      ) : null}
      {back !== '/cookie-settings' ? (
        <p>
          <Link href={back}>Go back to the page you were on</Link>
        </p>
      ) : null}
      <form method="post" action="/consent" className="settings-form">
        <input type="hidden" name="source" value="settings" />
        <input type="hidden" name="returnTo" value={back} />
        {cookieCategories.map((category) => (
          <fieldset key={category.id} className="settings-category" aria-describedby={`${category.id}-hint`}>
            <legend>{category.label}</legend>
            <p id={`${category.id}-hint`} className="hint">
              {category.description}
            </p>
            {category.locked ? (
              <p className="always-on">Always on</p>
            ) : consent.gpc ? (
              <p className="always-on">
                Off: your browser sends a Global Privacy Control signal, which we treat as a refusal.
                <input type="hidden" name="analytics" value="no" />
              </p>
            ) : (
              <div className="radios">
                <label>
                  <input type="radio" name="analytics" value="yes" defaultChecked={analyticsOn} /> Use analytics cookies
                </label>
                <label>
                  <input type="radio" name="analytics" value="no" defaultChecked={!analyticsOn} /> Do not use analytics
                  cookies
                </label>
              </div>
            )}
            <CookieList category={category.id} />
          </fieldset>
        ))}
        <button type="submit" name="choice" value={consent.gpc ? 'gpc' : 'save'} className="button">
          Save cookie settings
        </button>
      </form>
      <ConsentHistory consentId={consent.decision?.consentId} />
    </div>
  );
}
