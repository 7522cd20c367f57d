// Client JavaScript the consent feature adds to a page, gzipped, against vanilla-cookieconsent's 10.2 kB.
// Measured on the production build as delivered: every script a page loads (chunks and inline
// scripts, including the RSC payload that carries the banner, and the Analytics bootstrap the loader
// fetches), for a visitor who has rejected
// analytics (the feature renders nothing: the site without it), a first visit (banner), and a
// visitor who accepted (Consent Mode bootstrap). Also checks that no client chunk holds consent code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deliveredJs } from './lib/delivered-js';
import { report } from './lib/load';
import { root, startNext } from './lib/servers';

const VANILLA_COOKIECONSENT_GZ = 10.2 * 1024;
async function choose(base: string, choice: 'accept' | 'reject') {
  const res = await fetch(`${base}/consent`, {
    method: 'POST',
    body: new URLSearchParams({ choice }),
    redirect: 'manual',
  });
  const noticed = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('lumina_consent='))
    ?.split(';')[0];
  if (res.status !== 303 || !noticed) throw new Error(`POST /consent answered ${res.status}`);
  // The next page uses up the one-time "choice saved" notice and sets the cookies of a settled choice.
  const settled = (await fetch(`${base}/`, { headers: { cookie: noticed } })).headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!);
  return settled.filter((c) => /^lumina_(consent|view)=/.test(c)).join('; ');
}

const chunkDir = path.join(root, '.next/static/chunks');
const consentMarkers = ['cookie-banner', 'lumina-analytics', 'Manage preferences', 'lumina_consent'];
const chunksWithConsent = readdirSync(chunkDir, { recursive: true })
  .map(String)
  .filter(
    (f) => f.endsWith('.js') && consentMarkers.some((m) => readFileSync(path.join(chunkDir, f), 'utf8').includes(m)),
  );

process.env.GA_MEASUREMENT_ID ??= 'G-BENCH1234';
const next = await startNext(3403);
try {
  const rejected = await deliveredJs(`${next.url}/`, await choose(next.url, 'reject'));
  const firstVisit = await deliveredJs(`${next.url}/`);
  const accepted = await deliveredJs(`${next.url}/`, await choose(next.url, 'accept'));
  const banner = firstVisit.total - rejected.total;
  const bootstrap = accepted.total - rejected.total;
  const worst = Math.max(banner, bootstrap);
  console.log(
    `client chunks containing consent code: ${chunksWithConsent.length ? chunksWithConsent.join(', ') : 'none'}`,
  );
  console.log(
    `JS on / without the feature (rejected visitor): ${rejected.total} B gzip (${rejected.chunks} chunks + ${rejected.inline} inline)`,
  );
  console.log(`added by the banner (first visit):              ${banner} B gzip`);
  console.log(`added by the analytics bootstrap (accepted):    ${bootstrap} B gzip`);
  console.log(
    `largest addition ${worst} B = ${((worst / VANILLA_COOKIECONSENT_GZ) * 100).toFixed(1)}% of vanilla-cookieconsent's 10.2 kB (target ≤ 3 kB)`,
  );
  report('consent client JS', {
    'banner B gz': banner,
    'bootstrap B gz': bootstrap,
    'consent chunks': chunksWithConsent.length,
    'ratio to 10.2 kB': (worst / VANILLA_COOKIECONSENT_GZ).toFixed(3),
  });
  if (chunksWithConsent.length || worst > 3 * 1024) process.exitCode = 1;
} finally {
  await next.stop();
}
