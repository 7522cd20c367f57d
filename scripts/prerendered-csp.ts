// Run by `npm run build` after `next build`: for each prerendered page, gives each script tag its
// integrity and writes the hashes its policy must allow (.next/prerendered-csp.json), which proxy.ts
// sends with that page; and gives each variant's 404 page its status. A page that cannot be hashed
// stops the build.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PRIVATE_PAGE } from '../lib/consent/page-view';
import { MISSING_PAGE, NOT_FOUND_ADDRESS } from '../lib/prerendered';
import { CSP_MANIFEST } from '../lib/security/prerendered-csp';
import { hashPageScripts } from '../lib/security/script-hashes';

const app = join('.next', 'server', 'app');
const pages = [
  ...readdirSync(join(app, 'prerendered'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(app, 'prerendered', f)),
  join(app, '_not-found.html'),
];

// Only the site's own build output is vouched for.
const readAsset = (src: string) => {
  const path = src.split(/[?#]/, 1)[0]!;
  return path.startsWith('/_next/static/') && !path.includes('..')
    ? readFileSync(join('.next', 'static', path.slice(14)))
    : null;
};

// Each variant's 404 page is rendered as a page (so its HTML is whole) and answered with a 404 that no
// cache keeps (Next.js would send a static page with s-maxage of a year).
const missing = `${MISSING_PAGE.slice(1)}.meta`;
for (const meta of readdirSync(join(app, 'prerendered'), { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith(missing),
)) {
  const file = join(app, 'prerendered', meta);
  const entry = JSON.parse(readFileSync(file, 'utf8')) as { headers?: Record<string, string> };
  const headers = { ...entry.headers, 'cache-control': PRIVATE_PAGE };
  writeFileSync(file, JSON.stringify({ ...entry, status: 404, headers }, null, 2));
}

const manifest: Record<string, string[]> = {};
for (const file of pages) {
  const { html, sources } = hashPageScripts(readFileSync(file, 'utf8'), readAsset);
  writeFileSync(file, html);
  const address = `/${relative(app, file).replace(/\.html$/, '')}`;
  manifest[address === '/_not-found' ? NOT_FOUND_ADDRESS : address] = sources;
}
writeFileSync(CSP_MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);
console.log(`Prerendered pages hashed for their Content-Security-Policy: ${pages.length} (${CSP_MANIFEST})`);
