import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/site/site-frame';
import { pageFormToken } from '@/lib/server/form-guard';
import { getRequestConsent } from '@/lib/server/request-consent';

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
