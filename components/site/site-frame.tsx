// The public site's frame: the cookie banner first, then header, page, footer, and analytics only
// after a yes (and never on a page whose address carries a token). Rendered per request for pages
// with per-visitor content, and once per consent variant for the prerendered content pages.
import type { ReactNode } from 'react';
import { Analytics } from '@/components/consent/analytics';
import { CookieBanner } from '@/components/consent/cookie-banner';
import { isPrivatePath } from '@/lib/consent/private-paths';
import type { VariantView } from '@/lib/consent/variant';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

type Props = {
  view: VariantView;
  /** The page's own address, when the render knows it (never for a prerendered page). */
  path?: string;
  nonce?: string;
  /** A signed form token for the footer's sign-up; a prerendered footer gets one when it is used. */
  formToken?: string;
  children: ReactNode;
};

// Used by both site layouts, so a prerendered page and a rendered one look the same.
export function SiteFrame({ view, path, nonce, formToken, children }: Props) {
  return (
    <>
      <CookieBanner view={view} path={path} />
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter formToken={formToken} />
      {view.analyticsAllowed && !(path && isPrivatePath(path)) ? <Analytics nonce={nonce} /> : null}
    </>
  );
}
