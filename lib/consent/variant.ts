// The few ways a public page can look, whoever visits: one prerendered copy of each content page per
// variant, chosen per request by the proxy. The banner and analytics depend on nothing else.
import type { BannerMode, ConsentView } from './state';

export const VARIANTS = ['ask', 'again', 'changed', 'gpc', 'off', 'on', 'saved-off', 'saved-on', 'saved-gpc'] as const;
export type Variant = (typeof VARIANTS)[number];

/** What a variant shows: the banner's mode and wording, and whether analytics load. */
export type VariantView = Pick<ConsentView, 'mode' | 'analyticsAllowed' | 'gpc'>;

const VIEWS: Record<Variant, VariantView> = {
  ask: { mode: 'ask', analyticsAllowed: false, gpc: false },
  again: { mode: 'ask-again', analyticsAllowed: false, gpc: false },
  changed: { mode: 'policy-changed', analyticsAllowed: false, gpc: false },
  gpc: { mode: 'gpc', analyticsAllowed: false, gpc: true },
  off: { mode: 'none', analyticsAllowed: false, gpc: false },
  on: { mode: 'none', analyticsAllowed: true, gpc: false },
  'saved-off': { mode: 'saved', analyticsAllowed: false, gpc: false },
  'saved-on': { mode: 'saved', analyticsAllowed: true, gpc: false },
  'saved-gpc': { mode: 'saved', analyticsAllowed: false, gpc: true },
};

const SAVED: Record<'off' | 'on' | 'gpc', Variant> = { off: 'saved-off', on: 'saved-on', gpc: 'saved-gpc' };
const ASKING: Partial<Record<BannerMode, Variant>> = {
  ask: 'ask',
  'ask-again': 'again',
  'policy-changed': 'changed',
  gpc: 'gpc',
};

// The variant whose page looks exactly as this visitor's would if rendered for them.
export function variantOf(view: ConsentView): Variant {
  const asking = ASKING[view.mode];
  if (asking) return asking;
  // Under Global Privacy Control the "saved" wording is its own; after that the page is any refusal's.
  const kind = view.analyticsAllowed ? 'on' : view.gpc ? 'gpc' : 'off';
  if (view.mode === 'saved') return SAVED[kind];
  return kind === 'on' ? 'on' : 'off';
}

// How a prerendered variant renders its banner and analytics.
export function viewOfVariant(variant: Variant): VariantView {
  return VIEWS[variant];
}

/** The copy a first visit to the home page or the policy gets without the proxy (no cookie, no GPC): the
 * "ask" page, under fixed headers the build writes beside it (see proxy.ts's matcher). */
export const FIRST_VISIT = 'first';
export type Copy = Variant | typeof FIRST_VISIT;
/** Every prerendered copy of a content page: one per variant, and the first visit's. */
export const COPIES: readonly Copy[] = [...VARIANTS, FIRST_VISIT];

// True for a copy's name in an address (the rewrites; anything else is a 404).
export function isCopy(value: string): value is Copy {
  return (COPIES as readonly string[]).includes(value);
}

// How a prerendered copy renders its banner and analytics.
export function viewOfCopy(copy: Copy): VariantView {
  return VIEWS[copy === FIRST_VISIT ? 'ask' : copy];
}

// A variant's page is the same for everyone in that state; a one-time notice is not.
export function isShareable(variant: Variant): boolean {
  return !variant.startsWith('saved-');
}
