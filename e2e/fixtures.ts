// Shared browser-test fixtures. Every test gets:
// - a local stand-in for Google Analytics (no request ever leaves the machine), which sets `_ga`
//   cookies the way GA4's cookie_domain "auto" does, and records every request to Google's hosts;
// - after the test, a cookie audit (any cookie not declared in the registry fails the test) and,
//   where JavaScript runs, a Content-Security-Policy audit (any violation fails the test).
import { test as base, type BrowserContext, expect, type Page } from '@playwright/test';
import { findCookieDefinition } from '../lib/consent/registry';

export const GA_ID = 'G-TEST1234';

const GA_STUB = `(() => {
  const id = new URL(document.currentScript.src).searchParams.get('id');
  const consent = (window.dataLayer || []).filter((e) => e[0] === 'consent').map((e) => [e[1], e[2]]);
  window.__gaStub = { id, consent };
  const host = location.hostname;
  const set = (name, value) => {
    const base = name + '=' + value + '; path=/; max-age=63072000';
    if (/^[\\d.]+$/.test(host) || !host.includes('.')) { document.cookie = base; return; }
    const parts = host.split('.');
    for (let i = parts.length - 2; i >= 0; i--) {
      document.cookie = base + '; domain=' + parts.slice(i).join('.');
      if (document.cookie.split('; ').some((c) => c.startsWith(name + '='))) return;
    }
  };
  set('_ga', 'GA1.1.1234567890.1764000000');
  set('_ga_' + id.replace(/^G-/, ''), 'GS1.1.1764000000.1.0.1764000000.0.0.0');
  fetch('https://region1.google-analytics.com/g/collect?tid=' + id, { mode: 'no-cors', method: 'POST' }).catch(() => {});
})();`;

export type GoogleTraffic = { requests: string[] };

// Answers every request to Google's hosts in this browser context with the stand-in, and records it.
export async function standInForGoogle(context: BrowserContext): Promise<GoogleTraffic> {
  const traffic: GoogleTraffic = { requests: [] };
  await context.route(
    /^https:\/\/([a-z0-9-]+\.)*(googletagmanager|google-analytics|analytics\.google|doubleclick)\.[a-z.]+\//,
    (route) => {
      const url = route.request().url();
      traffic.requests.push(url);
      if (url.startsWith('https://www.googletagmanager.com/gtag/js')) {
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: GA_STUB });
      }
      return route.fulfill({ status: 204 });
    },
  );
  return traffic;
}

// Collects every Content-Security-Policy violation in this browser context (the list fills as they happen).
export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, v: string) => void violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${location.pathname}`,
      ),
    );
  });
  return violations;
}

export const test = base.extend<{ google: GoogleTraffic; audits: void }>({
  google: [
    async ({ context }, use) => {
      await use(await standInForGoogle(context));
    },
    // Automatic, so no test can ever reach Google, whether or not it looks at the traffic.
    { auto: true },
  ],
  audits: [
    async ({ context, javaScriptEnabled }, use, testInfo) => {
      const violations = javaScriptEnabled ? await watchCsp(context) : [];
      await use();
      const undeclared = (await context.cookies()).map((c) => c.name).filter((name) => !findCookieDefinition(name));
      expect(undeclared, `cookies not declared in lib/consent/registry.ts (${testInfo.title})`).toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The cookies a visitor holds once they have chosen: their decision, and which version of a page to send them. */
export const DECIDED_COOKIES = ['lumina_consent', 'lumina_view'];

// The cookie names the browser holds for the current site, sorted.
export async function cookieNames(page: Page): Promise<string[]> {
  return (await page.context().cookies()).map((c) => c.name).sort();
}

// The banner, located the way a screen reader user would find it.
export function banner(page: Page) {
  return page.getByRole('dialog', { name: 'Cookies on Lumina Energy' });
}
