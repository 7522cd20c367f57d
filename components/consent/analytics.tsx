// Google Analytics, for a visitor who said yes: a fixed loader (the same bytes on every page, so a
// prerendered page's policy can allow it by its hash) that fetches /consent/analytics.js, which
// carries the site's measurement id as configured when the server runs.
import { ANALYTICS_LOADER } from '@/lib/consent/analytics-loader';

// Rendered by the site's frame only after a yes, and never on a page whose address carries a token.
export function Analytics({ nonce }: { nonce: string | undefined }) {
  return <script id="lumina-analytics" nonce={nonce} dangerouslySetInnerHTML={{ __html: ANALYTICS_LOADER }} />;
}
