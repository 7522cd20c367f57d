// The proxy counts a public form's allowance itself when the form is posted without JavaScript (so a
// sender over a limit gets a 429 before the action runs), and tells the action so with this stamp on
// the request it passes on: the form and a hash of the address it counted. The proxy removes any such
// header a client sends, so only a post the proxy counted carries one.
import { createHash } from 'node:crypto';

/** Set by the proxy on a form post whose sender it has counted (never taken from a client). */
export const COUNTED_HEADER = 'x-lumina-form-counted';

// The stamp for `form` sent with `email`: the action counts a post again unless its own form and
// address give the same stamp.
export function countedStamp(form: string, email: string): string {
  return `${form}:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 24)}`;
}
