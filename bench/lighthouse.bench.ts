// Lighthouse (Debian's Chromium, no network beyond the local server) on the home, policy and quote pages,
// as a first-time visitor sees them: the cookie banner showing. Each page is measured with Lighthouse's
// default mobile settings (a throttled mid-range phone) and with its desktop settings. Prints the four
// category scores against the target of 100 each, the layout shift (target 0), LCP and total blocking time,
// and beside them the performance of the static Next.js peer of the same page (its HTML and CSS, served
// by a minimal Next.js app with its own runtime), measured in the same run: what Next.js itself scores here.
// Each figure is Lighthouse's own median run of LIGHTHOUSE_RUNS (3): single runs here swing by 15 points.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { report } from './lib/load';
import { startNext } from './lib/servers';
import { bodyOf, startStaticPeer } from './lib/static-peer';

const PAGES = ['/', '/privacy-policy', '/quote'];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const desktop = (await import('lighthouse/core/config/desktop-config.js')).default;
/** Lighthouse's own default is the throttled phone: no config. */
const SETTINGS = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktop },
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Config = (typeof SETTINGS)[number]['config'];

// The page's body with its inlined CSS and without the site's scripts (the peer loads its own).
const peerBody = (html: string) =>
  (html.match(/<style\b[\s\S]*?<\/style>/g) ?? []).join('') + bodyOf(html, { scripts: false });

const next = await startNext(3403, '/privacy-policy');
const html = Object.fromEntries(
  await Promise.all(PAGES.map(async (p) => [p, await (await fetch(`${next.url}${p}`)).text()] as const)),
);
const peer = await startStaticPeer(3404, Object.fromEntries(PAGES.map((p) => [p, peerBody(html[p]!)])));
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

// The median of RUNS Lighthouse runs: the category scores, layout shift, LCP, TBT, and the audits short of
// full marks.
async function audit(url: string, config: Config, categories: readonly string[]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const };
    runs.push((await lighthouse(url, { ...flags, onlyCategories: [...categories] }, config))!.lhr);
  }
  // (Its declaration names a global type this project does not load.)
  const lhr = computeMedianRun(runs) as (typeof runs)[number];
  const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const figure = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
  const misses = categories.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (a) =>
          a &&
          a.score !== null &&
          a.score < 1 &&
          !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode),
      )
      .map((a) => `${c}: ${a!.id}`),
  );
  const lcp = Math.round(figure('largest-contentful-paint'));
  return {
    scores,
    cls: figure('cumulative-layout-shift'),
    lcp,
    tbt: Math.round(figure('total-blocking-time')),
    misses,
  };
}

try {
  for (const { name, config } of SETTINGS)
    for (const page of PAGES) {
      const site = await audit(`${next.url}${page}`, config, CATEGORIES);
      const theirs = await audit(`${peer.url}${page}`, config, ['performance']);
      const { scores, cls, lcp, tbt } = site;
      console.log(
        `${name.padEnd(8)} ${page.padEnd(16)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('   ')}   CLS ${cls.toFixed(3)}   LCP ${lcp} ms   TBT ${tbt} ms`,
      );
      console.log(
        `${''.padEnd(8)} ${'static peer'.padEnd(16)} performance ${theirs.scores.performance}   LCP ${theirs.lcp} ms   TBT ${theirs.tbt} ms`,
      );
      if (site.misses.length) console.log(`  below full marks: ${site.misses.join(', ')}`);
      report(`Lighthouse ${name} ${page}`, {
        ...scores,
        'peer performance': theirs.scores.performance!,
        'ratio to target': (CATEGORIES.reduce((n, c) => n + scores[c]!, 0) / 400).toFixed(3),
        CLS: cls.toFixed(3),
        'LCP ms': lcp,
        'TBT ms': tbt,
        'peer TBT ms': theirs.tbt,
      });
    }
} finally {
  chrome.kill();
  await Promise.all([next.stop(), peer.stop()]);
}
