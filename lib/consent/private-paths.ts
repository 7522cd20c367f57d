// Pages whose address carries a one-time secret (a confirmation or unsubscribe token). Analytics is
// never loaded on them, whatever the visitor chose, so the token never reaches Google in a page URL.
const PRIVATE_PREFIXES = ['/newsletter/confirm', '/unsubscribe', '/privacy/request/verify', '/admin'];

// True for a path (with or without a query string) under one of the prefixes above.
export function isPrivatePath(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0]!;
  return PRIVATE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
