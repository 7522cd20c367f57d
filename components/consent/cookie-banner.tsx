// The cookie banner: first thing on the page, in the flow (it never covers what has focus), and
// server-rendered from the consent cookie, so returning visitors never see it flash.
import Link from 'next/link';
import type { VariantView } from '@/lib/consent/variant';
import { WHAT_CHANGED_PAGE } from '@/lib/policy/addresses';
import { organisation } from '@/lib/site-config';

// A prerendered page does not know its own address: the settings page and /consent read the Referer then.
const settingsHref = (path: string | undefined) =>
  path ? `/cookie-settings?returnTo=${encodeURIComponent(path)}` : '/cookie-settings';

type Props = { view: VariantView; path?: string };

function ChoiceForm({ path, children }: { path: string | undefined; children: React.ReactNode }) {
  return (
    <form method="post" action="/consent" className="button-row">
      <input type="hidden" name="source" value="banner" />
      {path ? <input type="hidden" name="returnTo" value={path} /> : null}
      {children}
    </form>
  );
}

function Saved({ view }: { view: VariantView }) {
  const what = view.gpc
    ? 'Your Global Privacy Control setting is respected: analytics cookies stay off.'
    : view.analyticsAllowed
      ? 'You’ve accepted analytics cookies.'
      : 'You’ve rejected analytics cookies.';
  return (
    <div className="cookie-banner" role="region" aria-label="Cookie choice saved">
      <div className="container">
        <p role="status" className="cookie-saved">
          {what} You can <Link href="/cookie-settings">change your cookie settings</Link> at any time.
        </p>
      </div>
    </div>
  );
}

// Chooses what to show from the resolved consent: ask, ask again, GPC notice, saved, or nothing.
export function CookieBanner({ view, path }: Props) {
  if (view.mode === 'none') return null;
  if (view.mode === 'saved') return <Saved view={view} />;
  // The settings page is the long form of the banner: asking twice on one page helps nobody.
  if (path?.startsWith('/cookie-settings')) return null;
  const gpc = view.mode === 'gpc';
  return (
    <div
      className="cookie-banner"
      role="dialog"
      aria-modal="false"
      aria-labelledby="cookie-banner-title"
      aria-describedby="cookie-banner-text"
    >
      <div className="container">
        <h2 id="cookie-banner-title">Cookies on {organisation.tradingName}</h2>
        <div id="cookie-banner-text">
          {view.mode === 'policy-changed' ? (
            <p>
              <strong>Our privacy policy has changed since you last chose.</strong>{' '}
              <Link href={WHAT_CHANGED_PAGE} prefetch={false}>
                See what changed
              </Link>
              . Please choose again; until you do, analytics cookies are off.
            </p>
          ) : null}
          {view.mode === 'ask-again' ? (
            <p>
              <strong>It’s been a year since you chose.</strong> Please choose again; until you do, analytics cookies
              are off.
            </p>
          ) : null}
          {gpc ? (
            <p>
              Your browser is sending a Global Privacy Control signal, so we will not use analytics cookies. We only use
              the cookie that remembers this.
            </p>
          ) : (
            <p>
              We use one essential cookie to remember your choice. With your permission we’d also like to use Google
              Analytics cookies to understand how people use this site. We won’t set them unless you accept.
            </p>
          )}
          <p>
            <Link href="/privacy-policy#cookies">Read about the cookies we use</Link>
          </p>
        </div>
        <ChoiceForm path={path}>
          {gpc ? (
            <button type="submit" name="choice" value="gpc" className="button">
              OK
            </button>
          ) : (
            <>
              <button type="submit" name="choice" value="accept" className="button">
                Accept all
              </button>
              <button type="submit" name="choice" value="reject" className="button">
                Reject all
              </button>
            </>
          )}
          <Link href={settingsHref(path)} className="button">
            Manage preferences
          </Link>
        </ChoiceForm>
      </div>
    </div>
  );
}
