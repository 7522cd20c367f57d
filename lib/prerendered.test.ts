import { describe, expect, it } from 'vitest';
import { isVariantAddress, publicPath, variantPath } from './prerendered';
import { PRERENDERED_PAGES } from './prerendered-pages';

describe('prerendered copies', () => {
  it('keeps each copy under an address of its own, and reads the public one back', () => {
    for (const page of PRERENDERED_PAGES) {
      const copy = variantPath('saved-on', page);
      expect(isVariantAddress(copy)).toBe(true);
      expect(publicPath(copy)).toBe(page);
      expect(isVariantAddress(page)).toBe(false);
      expect(publicPath(page)).toBe(page);
    }
    expect(variantPath('on', '/')).toBe('/prerendered/on');
    expect(publicPath('/prerendered')).toBe('/');
    expect(isVariantAddress('/prerendered-news')).toBe(false);
  });
});
