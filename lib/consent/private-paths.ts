// Pages whose address carries a one-time secret (a confirmation, unsubscribe or download token), or
// that show someone's data. Analytics is never loaded on them, whatever the visitor chose, so neither
// the token nor the page reaches Google.
const PRIVATE_PREFIXES = ['/newsletter/confirm', '/unsubscribe', '/privacy/verify', '/privacy/download', '/feedback/withdraw', '/admin'];

// True for a path (with or without a query string) under one of the prefixes above.
export function isPrivatePath(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0]!;
  return PRIVATE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
