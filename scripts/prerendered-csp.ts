// Run by `npm run build` after `next build`: for each prerendered page, gives each script tag its
// integrity and writes the script and style hashes its policy must allow (.next/prerendered-csp.json),
// which proxy.ts sends with that page; gives each variant's 404 page its status; and gives the first
// visit's copies the headers the proxy would have sent. A page that cannot be hashed stops the build.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PRIVATE_PAGE, SHARED_PAGE } from '../lib/consent/page-view';
import { FIRST_VISIT } from '../lib/consent/variant';
import { MISSING_PAGE, NOT_FOUND_ADDRESS, PRERENDER_PREFIX } from '../lib/prerendered';
import { buildCsp } from '../lib/security/csp';
import { CSP_MANIFEST, type CspManifest } from '../lib/security/prerendered-csp';
import { hashPageScripts } from '../lib/security/script-hashes';

const app = join('.next', 'server', 'app');
const copies = join(app, PRERENDER_PREFIX);
/** Every file of the copies, relative to their folder ("first/privacy-policy.meta"). */
const built = readdirSync(copies, { recursive: true, encoding: 'utf8' });
const pages = [...built.filter((f) => f.endsWith('.html')).map((f) => join(copies, f)), join(app, '_not-found.html')];

// Only the site's own build output is vouched for.
const readAsset = (src: string) => {
  const path = src.split(/[?#]/, 1)[0]!;
  return path.startsWith('/_next/static/') && !path.includes('..')
    ? readFileSync(join('.next', 'static', path.slice(14)))
    : null;
};

// Adds headers to those Next.js sends with a prerendered page (its .meta file).
const addHeaders = (meta: string, headers: Record<string, string>, status?: number) => {
  const entry = JSON.parse(readFileSync(meta, 'utf8')) as { headers?: Record<string, string> };
  writeFileSync(
    meta,
    JSON.stringify({ ...entry, ...(status && { status }), headers: { ...entry.headers, ...headers } }),
  );
};
const metas = built.filter((f) => f.endsWith('.meta'));

// Each variant's 404 page is rendered as a page (so its HTML is whole) and answered with a 404 that no
// cache keeps (Next.js would send a static page with s-maxage of a year).
const missing = `${MISSING_PAGE.slice(1)}.meta`;
for (const meta of metas.filter((f) => f.endsWith(missing)))
  addHeaders(join(copies, meta), { 'cache-control': PRIVATE_PAGE }, 404);

const manifest: CspManifest = {};
for (const file of pages) {
  const { html, hashes } = hashPageScripts(readFileSync(file, 'utf8'), readAsset);
  writeFileSync(file, html);
  const address = `/${relative(app, file).replace(/\.html$/, '')}`;
  manifest[address === '/_not-found' ? NOT_FOUND_ADDRESS : address] = hashes;
}
writeFileSync(CSP_MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);

// The first visit's copies are answered without the proxy, so their own headers say what it would
// have: their scripts' policy (no analytics before a choice) and that any cache may share them.
const isFirst = (meta: string) => meta === `${FIRST_VISIT}.meta` || meta.startsWith(`${FIRST_VISIT}/`);
for (const meta of metas.filter((f) => isFirst(f) && !f.endsWith(missing))) {
  const hashes = manifest[`${PRERENDER_PREFIX}/${meta.replace(/\.meta$/, '')}`];
  if (!hashes) throw new Error(`${meta}: the first visit's copy was not hashed`);
  addHeaders(join(copies, meta), {
    'content-security-policy': buildCsp({ hashes }),
    'cache-control': SHARED_PAGE,
  });
}
console.log(`Prerendered pages hashed for their Content-Security-Policy: ${pages.length} (${CSP_MANIFEST})`);
