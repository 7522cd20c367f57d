import { describe, expect, it } from 'vitest';
import { isPermanentFailure, retryDelayMs } from './backoff';

describe('retryDelayMs', () => {
  it('doubles from the base and stays within ±20%', () => {
    expect(retryDelayMs(1, 1_000, () => 0.5)).toBe(1_000);
    expect(retryDelayMs(3, 1_000, () => 0.5)).toBe(4_000);
    expect(retryDelayMs(3, 1_000, () => 0)).toBe(3_200);
    expect(retryDelayMs(3, 1_000, () => 1)).toBe(4_800);
  });

  it('never waits more than six hours (plus jitter)', () => {
    expect(retryDelayMs(40, 30_000, () => 0.5)).toBe(6 * 60 * 60 * 1000);
  });
});

describe('isPermanentFailure', () => {
  it('treats 5xx SMTP answers as final and everything else as worth retrying', () => {
    expect(isPermanentFailure({ responseCode: 550 })).toBe(true);
    expect(isPermanentFailure({ responseCode: 421 })).toBe(false);
    expect(isPermanentFailure(new Error('ECONNREFUSED'))).toBe(false);
    expect(isPermanentFailure(null)).toBe(false);
  });
});
