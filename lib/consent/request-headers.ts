// Request headers the proxy adds for the page render (never trusted from the client: the proxy overwrites them).
export const NONCE_HEADER = 'x-nonce';
export const NOTICE_HEADER = 'x-lumina-consent-notice';
export const PATH_HEADER = 'x-lumina-path';
/** Which prerendered copy of a content page to answer with (next.config.ts rewrites on it). */
export const VARIANT_HEADER = 'x-lumina-variant';
/** Answer with the site's 404 page (next.config.ts rewrites on it). */
export const MISSING_HEADER = 'x-lumina-missing';
