import { describe, expect, it } from 'vitest';
import { firstFreeSlug, slugOf } from './slug';

describe('slugs', () => {
  it('makes readable addresses from titles', () => {
    expect(slugOf('Win a year of FREE energy advice!', 'x')).toBe('win-a-year-of-free-energy-advice');
    expect(slugOf('Café crème', 'x')).toBe('cafe-creme');
    expect(slugOf('££', 'survey')).toBe('survey');
  });

  it('numbers a title already used, skipping numbers taken by other titles', () => {
    expect(firstFreeSlug('abc', [])).toBe('abc');
    expect(firstFreeSlug('abc', ['abc', 'abc-2', 'abc-def'])).toBe('abc-3');
  });
});
