// The public addresses served from a prerendered copy (app/(prerendered)/prerendered/[variant]): the
// home page, the policy and every page of its history. Server-side only: it reads every policy version.
import { POLICY_PAGE } from './policy/addresses';
import { historyPages } from './policy/history';

export const PRERENDERED_PAGES: readonly string[] = ['/', POLICY_PAGE, ...historyPages()];

/** The pages a first visit (no cookie, no Global Privacy Control) gets without the proxy running at all:
 * the ones a crowd lands on. proxy.ts's matcher names them again (it must be a literal); a test checks. */
export const FIRST_VISIT_PAGES: readonly string[] = ['/', POLICY_PAGE];
