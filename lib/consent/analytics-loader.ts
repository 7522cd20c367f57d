// The Analytics loader's text, kept apart from its component so the proxy's policy can hash it.

/** Where Google's tag script is loaded from, once Analytics is accepted. */
export const GA_SCRIPT_ORIGIN = 'https://www.googletagmanager.com';

/** Adds /consent/analytics.js; 'strict-dynamic' lets that script, and the scripts it adds, run. */
export const ANALYTICS_LOADER =
  "(function(d){var s=d.createElement('script');s.src='/consent/analytics.js';s.async=true;d.head.appendChild(s)})(document)";
