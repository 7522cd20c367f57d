import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Analytics } from '@/components/consent/analytics';
import { CookieBanner } from '@/components/consent/cookie-banner';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { isPrivatePath } from '@/lib/consent/private-paths';
import { getRequestConsent } from '@/lib/consent/server/request-consent';
import { env } from '@/lib/env';
import { organisation } from '@/lib/site-config';
import './globals.css';

export const metadata: Metadata = {
  title: { default: `${organisation.tradingName}: business energy made simple`, template: `%s | ${organisation.tradingName}` },
  description: `${organisation.tradingName} helps UK businesses compare and buy gas and electricity.`,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const consent = await getRequestConsent();
  return (
    <html lang="en-GB">
      <body>
        <CookieBanner consent={consent} />
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        {consent.analyticsAllowed && !isPrivatePath(consent.path) ? <Analytics measurementId={env.GA_MEASUREMENT_ID} nonce={consent.nonce} /> : null}
      </body>
    </html>
  );
}
