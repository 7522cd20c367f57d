// Google Analytics (GA4 gtag), rendered only for a visitor who said yes on a site with an id set.
// Consent Mode v2 starts all denied before any tag, then grants analytics storage only; the ad
// signals stay denied because the site runs no ads.
import { GA_SCRIPT_ORIGIN } from '@/lib/security/csp';

// Renders nothing without a measurement id; the layout renders it only after a yes.
export function Analytics({ measurementId, nonce }: { measurementId: string | undefined; nonce: string | undefined }) {
  if (!measurementId) return null;
  const id = JSON.stringify(measurementId);
  const bootstrap = [
    'window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}',
    "gtag('consent','default',{ad_storage:'denied',analytics_storage:'denied',ad_user_data:'denied',ad_personalization:'denied'});",
    "gtag('consent','update',{analytics_storage:'granted'});",
    `gtag('js',new Date());gtag('config',${id});`,
    `var s=document.createElement('script');s.async=true;s.src=${JSON.stringify(`${GA_SCRIPT_ORIGIN}/gtag/js?id=`)}+encodeURIComponent(${id});`,
    'document.head.appendChild(s);',
  ].join('');
  return <script id="lumina-analytics" nonce={nonce} dangerouslySetInnerHTML={{ __html: bootstrap }} />;
}
