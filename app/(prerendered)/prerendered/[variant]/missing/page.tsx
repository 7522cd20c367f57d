import type { Metadata } from 'next';
import SiteNotFound from '../../../../(site)/not-found';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

// The site's 404 page, made once per consent variant: next.config.ts sends every address no route
// claims here (and proxy.ts a malformed one), so a 404 shows the banner as any other page would.
// Rendered whole (a notFound() here would leave an empty shell without JavaScript); the build gives
// it its 404 status (scripts/prerendered-csp.ts).
export default function Missing() {
  return <SiteNotFound />;
}
