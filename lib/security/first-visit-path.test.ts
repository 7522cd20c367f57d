// proxy.ts's matcher leaves out exactly a first visit's GET of the pages next.config.ts answers from
// the first visit's copy, and nothing else: every other request meets the proxy (its POST guard,
// its refusals, the visitor's own variant).
import { AsyncLocalStorage } from 'node:async_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../proxy';
import { VARIANT_HEADER } from '../consent/request-headers';
import { FIRST_VISIT_PAGES, PRERENDERED_PAGES } from '../prerendered-pages';
import { METHOD_HEADER } from './request-facts';

type Matches = (o: { config: object; url: string; headers?: Record<string, string>; cookies?: object }) => boolean;
let matches: Matches;

beforeAll(async () => {
  // Next.js's helper loads server modules that expect the global its own server sets up.
  (globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
  matches = (await import('next/experimental/testing/server')).unstable_doesMiddlewareMatch as Matches;
});

const get = { [METHOD_HEADER]: 'GET' };
const proxied = (url: string, headers: Record<string, string> = get, cookies = {}) =>
  matches({ config, url, headers, cookies });

describe('the requests the proxy does not see', () => {
  it('are a first visit’s GET or HEAD of the home page or the policy', () => {
    expect(FIRST_VISIT_PAGES).toEqual(['/', '/privacy-policy']);
    for (const page of FIRST_VISIT_PAGES) {
      expect(proxied(page)).toBe(false);
      expect(proxied(`${page}?utm_source=x`)).toBe(false);
      expect(proxied(page, { [METHOD_HEADER]: 'HEAD' })).toBe(false);
    }
    expect(proxied('/_next/static/chunks/app.js')).toBe(false);
  });

  it('leave out any other method, a cookie, GPC, a variant header, or a request the server did not stamp', () => {
    for (const page of FIRST_VISIT_PAGES) {
      for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'GETS', 'xGET'])
        expect(proxied(page, { [METHOD_HEADER]: method }), `${method} ${page}`).toBe(true);
      expect(proxied(page, get, { lumina_consent: 'x' })).toBe(true);
      expect(proxied(page, get, { _ga: 'x' })).toBe(true);
      expect(proxied(page, { ...get, 'sec-gpc': '1' })).toBe(true);
      expect(proxied(page, { ...get, [VARIANT_HEADER]: 'on' })).toBe(true);
      expect(proxied(page, {})).toBe(true);
    }
  });

  it('leave out every other page, the policy’s history and the copies’ own addresses included', () => {
    const others = PRERENDERED_PAGES.filter((page) => !FIRST_VISIT_PAGES.includes(page));
    expect(others.length).toBeGreaterThan(0);
    for (const url of [...others, '/contact', '/privacy-policy/', '/privacy-policyx', '/prerendered/first', '/x'])
      expect(proxied(url), url).toBe(true);
  });
});
