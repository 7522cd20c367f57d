// The public addresses served from a prerendered copy (app/(prerendered)/prerendered/[variant]): the
// home page, the policy and every page of its history. Server-side only: it reads every policy version.
import { historyPages } from './policy/history';
import { POLICY_PAGE } from './policy/addresses';

export const PRERENDERED_PAGES: readonly string[] = ['/', POLICY_PAGE, ...historyPages()];
