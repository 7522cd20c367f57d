// The prerendered content pages (/ and /privacy-policy, a first visit) through `next start` against a
// minimal Next.js app serving the same HTML as static pages (built here, in a temporary folder), and
// through the shipped nginx page cache against a bare node:http server sending the same bytes.
// Targets: ≥ 0.9× the static peer with p99 ≤ 150 ms; through nginx ≥ 0.8× bare Node.
import { startNginx } from '../e2e/nginx';
import { CONNECTIONS, DURATION_S, load, type LoadResult, report } from './lib/load';
import { startBareHtml, startNext } from './lib/servers';
import { bodyOf, startStaticPeer } from './lib/static-peer';

const PAGES = ['/', '/privacy-policy'];
const line = (name: string, r: LoadResult) =>
  `${name.padEnd(22)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms   errors ${r.errors}   non-2xx ${r.non2xx}`;
let missed = 0;

const site = await startNext(3401, '/privacy-policy');
const stops: (() => Promise<void>)[] = [site.stop];
try {
  const html = Object.fromEntries(
    await Promise.all(PAGES.map(async (p) => [p, await (await fetch(`${site.url}${p}`)).text()] as const)),
  );
  const peer = await startStaticPeer(3404, Object.fromEntries(PAGES.map((p) => [p, bodyOf(html[p]!)])));
  stops.unshift(peer.stop);
  console.log(`${CONNECTIONS} connections, ${DURATION_S} s per run`);
  for (const page of PAGES) {
    const ours = await load(`${site.url}${page}`);
    const theirs = await load(`${peer.url}${page}`);
    const ratio = ours.rps / theirs.rps;
    console.log(
      `${page} (${html[page]!.length} bytes)\n  ${line('next start (site)', ours)}\n  ${line('static Next peer', theirs)}`,
    );
    const met = ratio >= 0.9 && ours.p99 <= 150 && !ours.errors && !ours.non2xx;
    missed += met ? 0 : 1;
    report(`GET ${page}`, {
      'req/s': Math.round(ours.rps),
      'p99 ms': ours.p99,
      'peer req/s': Math.round(theirs.rps),
      // The p99 target is absolute: when the peer misses it too, it is this machine's.
      'peer p99 ms': theirs.p99,
      'ratio to peer': ratio.toFixed(3),
      target: met ? 'met' : 'missed',
    });
  }
  const bare = await startBareHtml(3402, html['/privacy-policy']!, 'text/html; charset=utf-8');
  stops.unshift(bare.stop);
  const nginx = await startNginx(3410, [3401]);
  stops.unshift(nginx.stop);
  const cached = await load(`${nginx.cached}/privacy-policy`);
  const baseline = await load(bare.url);
  const ratio = cached.rps / baseline.rps;
  console.log(
    `/privacy-policy through the nginx page cache\n  ${line('nginx cache', cached)}\n  ${line('bare node:http', baseline)}`,
  );
  const met = ratio >= 0.8 && !cached.errors && !cached.non2xx;
  missed += met ? 0 : 1;
  report('nginx cache /privacy-policy', {
    'req/s': Math.round(cached.rps),
    'p99 ms': cached.p99,
    'bare req/s': Math.round(baseline.rps),
    'ratio to bare': ratio.toFixed(3),
    target: met ? 'met' : 'missed',
  });
} finally {
  for (const stop of stops) await stop();
}
if (missed) process.exitCode = 1;
