import { describe, expect, it } from 'vitest';
import { PRIVATE_PAGE, pageView, SHARED_PAGE, viewCookieFor } from './page-view';

const hash = 'd'.repeat(64);

describe('pageView', () => {
  it('shares a page only with the view cookie that names it', () => {
    expect(pageView('ask', false, hash, undefined)).toEqual({ viewCookie: undefined, cacheControl: SHARED_PAGE });
    expect(pageView('on', true, hash, 'on.dddddddd')).toEqual({ viewCookie: undefined, cacheControl: SHARED_PAGE });
    // A cache keyed on "off" must never be given the "on" page, nor the other way round.
    expect(pageView('on', true, hash, 'off.dddddddd')).toEqual({
      viewCookie: 'on.dddddddd',
      cacheControl: PRIVATE_PAGE,
    });
    expect(pageView('again', true, hash, 'off.cccccccc')).toEqual({
      viewCookie: 'again.dddddddd',
      cacheControl: PRIVATE_PAGE,
    });
    // A view cookie without a decision behind it (cleared or forged consent) is removed.
    expect(pageView('ask', false, hash, 'on.dddddddd')).toEqual({ viewCookie: null, cacheControl: PRIVATE_PAGE });
  });

  it('never shares the one-time notice, and points the next page at the plain variant', () => {
    expect(pageView('saved-on', true, hash, 'on.dddddddd')).toEqual({
      viewCookie: undefined,
      cacheControl: PRIVATE_PAGE,
    });
    expect(viewCookieFor('saved-gpc', true, hash)).toBe('off.dddddddd');
    expect(viewCookieFor('saved-off', true, hash)).toBe('off.dddddddd');
    expect(viewCookieFor('gpc', true, hash)).toBe('gpc.dddddddd');
    expect(viewCookieFor('gpc', false, hash)).toBeNull();
  });
});
