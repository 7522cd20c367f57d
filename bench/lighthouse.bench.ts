// Lighthouse (Debian's Chromium, no network beyond the local server) on the home, policy and quote pages,
// as a first-time visitor sees them: the cookie banner showing. Each page is measured with Lighthouse's
// default mobile settings (a throttled mid-range phone) and with its desktop settings. Prints the four
// category scores against the target of 100 each, the layout shift (target 0), LCP and total blocking time.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { report } from './lib/load';
import { startNext } from './lib/servers';

const PAGES = ['/', '/privacy-policy', '/quote'];
const desktop = (await import('lighthouse/core/config/desktop-config.js')).default;
/** Lighthouse's own default is the throttled phone: no config. */
const SETTINGS = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktop },
] as const;
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
  for (const { name, config } of SETTINGS)
    for (const page of PAGES) {
      const result = await lighthouse(
        `${next.url}${page}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        config,
      );
      const lhr = result!.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const cls = Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
      const lcp = Math.round(Number(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN));
      const tbt = Math.round(Number(lhr.audits['total-blocking-time']?.numericValue ?? NaN));
      console.log(
        `${name.padEnd(8)} ${page.padEnd(16)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('   ')}   CLS ${cls.toFixed(3)}   LCP ${lcp} ms   TBT ${tbt} ms`,
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
      report(`Lighthouse ${name} ${page}`, {
        ...scores,
        'ratio to target': (CATEGORIES.reduce((n, c) => n + scores[c]!, 0) / 400).toFixed(3),
        CLS: cls.toFixed(3),
        'LCP ms': lcp,
        'TBT ms': tbt,
      });
    }
} finally {
  chrome.kill();
  await next.stop();
}
