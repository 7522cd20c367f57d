// Request headers the proxy adds for the page render (never trusted from the client: the proxy overwrites them).
export const NONCE_HEADER = 'x-nonce';
export const NOTICE_HEADER = 'x-lumina-consent-notice';
export const PATH_HEADER = 'x-lumina-path';
