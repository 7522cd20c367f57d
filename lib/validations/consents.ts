// The consent ledger's filters in the back office (from the address bar, so anything may arrive).
import { z } from 'zod';
import { dayFrom, dayUntil } from './date-filters';

export const consentKinds = [
  { value: 'COOKIES', label: 'Cookies' },
  { value: 'MARKETING', label: 'Marketing' },
  { value: 'PUBLICATION', label: 'Testimonial publication' },
] as const;

export const consentActions = [
  { value: 'accept', label: 'Accepted analytics' },
  { value: 'reject', label: 'Rejected analytics' },
  { value: 'custom', label: 'Saved own settings' },
  { value: 'gpc', label: 'Global Privacy Control' },
  { value: 'withdraw', label: 'Withdrew' },
  { value: 'opt-in', label: 'Opted in to marketing' },
  { value: 'confirm', label: 'Confirmed by email' },
] as const;

export const consentActionLabel = (action: string) => consentActions.find((a) => a.value === action)?.label ?? action;

/** How far back the chart of cookie decisions looks. */
export const chartRanges = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
] as const;

const ACTIONS = consentActions.map((a) => a.value) as [string, ...string[]];

// Unknown or malformed filters are dropped rather than refused: the list simply shows more.
export const consentFilterSchema = z.object({
  q: z.string().trim().max(254).optional().catch(undefined),
  kind: z.enum(['COOKIES', 'MARKETING', 'PUBLICATION']).optional().catch(undefined),
  action: z.enum(ACTIONS).optional().catch(undefined),
  from: dayFrom,
  to: dayUntil,
  days: z.enum(['7', '30', '90']).catch('30').transform(Number),
});

export type ConsentFilter = z.output<typeof consentFilterSchema>;
