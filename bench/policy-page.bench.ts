// GET /privacy-policy from `next start` against a bare node:http server sending the same bytes:
// requests per second and p99 latency, side by side, with the ratio.
import { load, report, CONNECTIONS, DURATION_S } from './lib/load';
import { startBareHtml, startNext } from './lib/servers';

const next = await startNext(3401, '/privacy-policy');
try {
  const page = await fetch(`${next.url}/privacy-policy`);
  const html = await page.text();
  const bare = await startBareHtml(3402, html, page.headers.get('content-type') ?? 'text/html');
  try {
    console.log(`policy page: ${html.length} bytes, ${CONNECTIONS} connections, ${DURATION_S} s per server`);
    const baseline = await load(bare.url);
    const site = await load(`${next.url}/privacy-policy`);
    for (const [name, r] of [['bare node:http', baseline], ['next start', site]] as const) {
      console.log(
        `${name.padEnd(15)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms   errors ${r.errors}   non-2xx ${r.non2xx}`,
      );
    }
    const ratio = site.rps / baseline.rps;
    console.log(`next start serves ${(ratio * 100).toFixed(1)}% of the baseline's requests per second`);
    if (site.errors || site.non2xx) throw new Error(`the site answered ${site.errors} errors and ${site.non2xx} non-2xx`);
    report('GET /privacy-policy', {
      'req/s': Math.round(site.rps),
      'p99 ms': site.p99,
      'baseline req/s': Math.round(baseline.rps),
      'baseline p99 ms': baseline.p99,
      'ratio req/s': ratio.toFixed(3),
    });
  } finally {
    await bare.stop();
  }
} finally {
  await next.stop();
}
