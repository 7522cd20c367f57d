// Google Analytics (GA4 gtag) as /consent/analytics.js sends it. Consent Mode v2 starts all denied
// before any tag, then grants analytics storage only; the ad signals stay denied (the site runs no ads).
import { GA_SCRIPT_ORIGIN } from './analytics-loader';

// The script for a measurement id; a comment alone when the site has none configured.
export function gaBootstrap(measurementId: string | undefined): string {
  if (!measurementId) return '/* Analytics are not configured on this site. */\n';
  const id = JSON.stringify(measurementId);
  return [
    'window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}',
    "gtag('consent','default',{ad_storage:'denied',analytics_storage:'denied',ad_user_data:'denied',ad_personalization:'denied'});",
    "gtag('consent','update',{analytics_storage:'granted'});",
    `gtag('js',new Date());gtag('config',${id});`,
    `var s=document.createElement('script');s.async=true;s.src=${JSON.stringify(`${GA_SCRIPT_ORIGIN}/gtag/js?id=`)}+encodeURIComponent(${id});`,
    'document.head.appendChild(s);',
    '',
  ].join('\n');
}
