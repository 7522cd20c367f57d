// Turns a submitted choice into the new consent cookie and the record that proves it.
import { type ConsentCookie, shortHash } from './cookie';
import type { CookieCategoryId } from './registry';
import { isCurrent } from './state';

export type ConsentChoice = 'accept' | 'reject' | 'save' | 'gpc';
export type ConsentAction = 'accept' | 'reject' | 'custom' | 'withdraw' | 'gpc';

export type Decision = {
  cookie: ConsentCookie;
  action: ConsentAction;
  categories: CookieCategoryId[];
};

export type DecideInput = {
  previous: ConsentCookie | null;
  choice: ConsentChoice;
  /** For 'save': whether the analytics switch was on. */
  analytics?: boolean;
  gpc: boolean;
  contentHash: string;
  now: number;
  newConsentId: () => string;
};

// GPC always wins over a yes; turning analytics off after a current yes is recorded as a withdrawal.
export function decide(input: DecideInput): Decision {
  const { previous, choice, gpc, contentHash, now } = input;
  const wanted = choice === 'accept' || (choice === 'save' && input.analytics === true);
  const analytics = wanted && !gpc;
  const hadYes = previous !== null && previous.analytics && isCurrent(previous, contentHash, now);
  const action: ConsentAction =
    gpc && (choice === 'gpc' || wanted)
      ? 'gpc'
      : !analytics && hadYes
        ? 'withdraw'
        : choice === 'save'
          ? 'custom'
          : choice === 'accept'
            ? 'accept'
            : 'reject';
  return {
    cookie: {
      consentId: previous?.consentId ?? input.newConsentId(),
      analytics,
      gpc,
      notice: true,
      contentHash: shortHash(contentHash),
      decidedAt: now,
    },
    action,
    categories: analytics ? ['necessary', 'analytics'] : ['necessary'],
  };
}
