// Lighthouse (Debian's Chromium, no network beyond the local server) on the home and policy pages,
// as a first-time visitor sees them: the cookie banner showing. Prints the four category scores
// against the target of 100 each, and the layout shift (target 0).
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { report } from './lib/load';
import { startNext } from './lib/servers';

const PAGES = ['/', '/privacy-policy'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const next = await startNext(3403, '/privacy-policy');
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  for (const page of PAGES) {
    // Desktop settings: the site's audience works at desks; mobile throttling on a busy two-core box says more about the box.
    const result = await lighthouse(
      `${next.url}${page}`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      (await import('lighthouse/core/config/desktop-config.js')).default,
    );
    const lhr = result!.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const cls = Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
    const lcp = Math.round(Number(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN));
    console.log(
      `${page.padEnd(16)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('   ')}   CLS ${cls.toFixed(3)}   LCP ${lcp} ms`,
    );
    const misses = CATEGORIES.flatMap((c) =>
      Object.values(lhr.categories[c]?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (a) =>
            a &&
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map((a) => `${c}: ${a!.id}`),
    );
    if (misses.length) console.log(`  below full marks: ${misses.join(', ')}`);
    report(`Lighthouse ${page}`, {
      ...scores,
      'ratio to target': (CATEGORIES.reduce((n, c) => n + scores[c]!, 0) / 400).toFixed(3),
      CLS: cls.toFixed(3),
      'LCP ms': lcp,
    });
  }
} finally {
  chrome.kill();
  await next.stop();
}
