// Pages whose address carries a one-time secret (a confirmation, unsubscribe or download token), or
// that show someone's data. Analytics is never loaded on them, whatever the visitor chose, so neither
// the token nor the page reaches Google.
// The pages whose address carries the secret itself: emailed links to them are sealed in the outbox.
const TOKEN_PREFIXES = [
  '/newsletter/confirm',
  '/unsubscribe',
  '/privacy/verify',
  '/privacy/download',
  '/feedback/withdraw',
  '/admin/setup',
];
export const PRIVATE_PREFIXES = [...TOKEN_PREFIXES, '/admin'];

const under = (prefixes: string[], path: string) => {
  const pathname = path.split(/[?#]/, 1)[0]!;
  return prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
};

// True for a path (with or without a query string) under one of the private prefixes above.
export function isPrivatePath(path: string): boolean {
  return under(PRIVATE_PREFIXES, path);
}

// True for a path whose address is a secret (a link only its recipient may read).
export function carriesToken(path: string): boolean {
  return under(TOKEN_PREFIXES, path);
}

// The prefix of a token-carrying path ("/unsubscribe" for "/unsubscribe/<token>"), for logs to keep.
export function tokenPrefixOf(path: string): string | undefined {
  const pathname = path.split(/[?#]/, 1)[0]!;
  return TOKEN_PREFIXES.find((p) => pathname === p || pathname.startsWith(`${p}/`));
}
