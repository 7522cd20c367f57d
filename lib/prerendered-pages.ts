// The public addresses served from a prerendered copy (app/(prerendered)/prerendered/[variant]): the
// home page, the policy and every page of its history. Server-side only: it reads every policy version.
import { POLICY_PAGE } from './policy/addresses';
import { historyPages } from './policy/history';

export const PRERENDERED_PAGES: readonly string[] = ['/', POLICY_PAGE, ...historyPages()];
