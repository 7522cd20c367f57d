import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site/site-frame';
import { getRequestConsent } from '@/lib/consent/server/request-consent';
import { pageFormToken } from '@/lib/forms/guard';

// The frame of every public page rendered per request (forms, token pages, anything read from the
// database); the content pages are prerendered instead, under app/(prerendered).
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const consent = await getRequestConsent();
  return (
    <SiteFrame view={consent} path={consent.path} nonce={consent.nonce} formToken={await pageFormToken()}>
      {children}
    </SiteFrame>
  );
}
