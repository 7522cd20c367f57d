import { describe, expect, it } from 'vitest';
import { isPrivatePath } from './private-paths';

describe('isPrivatePath', () => {
  it('covers token-bearing pages, with or without a query string', () => {
    expect(isPrivatePath('/newsletter/confirm?token=abc')).toBe(true);
    expect(isPrivatePath('/unsubscribe/xyz')).toBe(true);
    expect(isPrivatePath('/admin')).toBe(true);
    expect(isPrivatePath('/privacy/verify?token=abc')).toBe(true);
    expect(isPrivatePath('/privacy/download/abc')).toBe(true);
    expect(isPrivatePath('/privacy/download/abc/json')).toBe(true);
  });

  it('leaves ordinary pages alone, including look-alike prefixes', () => {
    expect(isPrivatePath('/newsletter')).toBe(false);
    expect(isPrivatePath('/newsletter/confirmed')).toBe(false);
    expect(isPrivatePath('/administration')).toBe(false);
    expect(isPrivatePath('/privacy-policy')).toBe(false);
    expect(isPrivatePath('/privacy/request')).toBe(false);
  });
});
