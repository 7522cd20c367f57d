import { describe, expect, it } from 'vitest';
import { readUnsubscribeToken, suppressionKey, unsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const ID = '2f1c6a8e-3b7d-4c1e-9a55-0d9e8b7c6a51';

describe('unsubscribe tokens', () => {
  it('name the subscriber they were made for', () => {
    expect(readUnsubscribeToken(SECRET, unsubscribeToken(SECRET, ID))).toBe(ID);
  });

  it('refuse any change: another id, another signature, another secret, or extra parts', () => {
    const token = unsubscribeToken(SECRET, ID);
    const [, signature] = token.split('.');
    const other = '2f1c6a8e-3b7d-4c1e-9a55-0d9e8b7c6a52';
    expect(readUnsubscribeToken(SECRET, `${other}.${signature}`)).toBeNull();
    const flipped = signature!.slice(0, -1) + (signature!.endsWith('A') ? 'B' : 'A');
    expect(readUnsubscribeToken(SECRET, `${ID}.${flipped}`)).toBeNull();
    expect(readUnsubscribeToken('another-secret-of-at-least-32-chars!', token)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${token}.x`)).toBeNull();
    for (const junk of ['', '.', ID, `${ID}.`, `${ID}.short`, `not-a-uuid.${signature}`, token.toUpperCase()]) {
      expect(readUnsubscribeToken(SECRET, junk)).toBeNull();
    }
  });
});

describe('suppression keys', () => {
  it('are the same however the address is typed, and differ by address and salt', () => {
    const key = suppressionKey('salt-one-of-16-chars', 'Ada@Example.com');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(suppressionKey('salt-one-of-16-chars', ' ada@example.com ')).toBe(key);
    expect(suppressionKey('salt-one-of-16-chars', 'bob@example.com')).not.toBe(key);
    expect(suppressionKey('salt-two-of-16-chars', 'ada@example.com')).not.toBe(key);
    expect(key).not.toContain('ada');
  });
});
