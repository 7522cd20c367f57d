// The consent ledger's filters in the back office (from the address bar, so anything may arrive).
import { z } from 'zod';
import { dayFrom, dayUntil } from './date-filters';
import { CONSENT_DECISIONS, CONSENT_KIND_LABELS } from '../consent/labels';

export const consentKinds = Object.entries(CONSENT_KIND_LABELS).map(([value, label]) => ({ value, label }));

// The ledger's "Decision" filter: each stored code once, labelled by its kind (withdrawing is one code for all).
export const consentActions = [...new Set(CONSENT_DECISIONS.map((d) => d.action))].map((value) => {
  const of = CONSENT_DECISIONS.filter((d) => d.action === value);
  return { value, label: of.length === 1 ? of[0]!.label : 'Withdrew (any kind of consent)' };
});

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
