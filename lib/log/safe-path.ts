// A request's address as a log line may show it: the path without the secret a link carries
// (/unsubscribe/<token> becomes /unsubscribe/…), and the query string's names without their values.
import { carriesToken, tokenPrefixOf } from '../consent/private-paths';

// The loggable form of a request URL such as "/privacy/verify?token=abc".
export function safePath(url: string): { path: string; query?: string[] } {
  const hash = url.indexOf('#');
  const bare = hash === -1 ? url : url.slice(0, hash);
  const mark = bare.indexOf('?');
  const pathname = mark === -1 ? bare : bare.slice(0, mark);
  const names = mark === -1 ? [] : [...new URLSearchParams(bare.slice(mark + 1)).keys()];
  const prefix = carriesToken(pathname) ? tokenPrefixOf(pathname) : undefined;
  const path = prefix && prefix !== pathname ? `${prefix}/…` : pathname;
  return names.length ? { path, query: [...new Set(names)] } : { path };
}
