import { describe, expect, it } from 'vitest';
import { CONSENT_DECISIONS, consentDecisionLabel, consentKindLabel, consentSourceLabel } from './labels';

describe('consent labels', () => {
  it('tells a withdrawn permission to publish from withdrawn marketing consent', () => {
    expect(consentKindLabel('PUBLICATION')).toBe('Permission to publish feedback');
    expect(consentDecisionLabel('PUBLICATION', 'withdraw')).toBe('Withdrew permission to publish their feedback');
    expect(consentDecisionLabel('MARKETING', 'withdraw')).toBe('Withdrew consent to marketing emails (unsubscribed)');
    expect(consentDecisionLabel('COOKIES', 'withdraw')).toBe('Withdrew consent to analytics cookies');
  });

  it('names every source in words, staff included', () => {
    expect(consentSourceLabel('email:withdraw-link')).toBe('Withdraw link in an email');
    expect(consentSourceLabel('staff:phone')).toBe('Staff, in the back office (phone)');
    expect(consentSourceLabel('form:quote')).toBe('Request a Quote form');
  });

  it('gives each decision of each kind its own label', () => {
    const labels = CONSENT_DECISIONS.map((d) => d.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
