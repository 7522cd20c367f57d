import type { ReactNode } from 'react';
import { Analytics } from '@/components/consent/analytics';
import { CookieBanner } from '@/components/consent/cookie-banner';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { isPrivatePath } from '@/lib/consent/private-paths';
import { getRequestConsent } from '@/lib/consent/server/request-consent';
import { env } from '@/lib/env';

// The public site's frame: the cookie banner first, then header, page, footer, and analytics only
// after a yes (and never on a page whose address carries a token).
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const consent = await getRequestConsent();
  return (
    <>
      <CookieBanner consent={consent} />
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
      {consent.analyticsAllowed && !isPrivatePath(consent.path) ? <Analytics measurementId={env.GA_MEASUREMENT_ID} nonce={consent.nonce} /> : null}
    </>
  );
}
