// The policy for a prerendered page: the hashes of its own scripts and inline styles, from the manifest that
// `npm run build` writes after `next build` (scripts/prerendered-csp.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Variant } from '../consent/variant';
import { MISSING_PAGE, NOT_FOUND_ADDRESS, variantPath } from '../prerendered';
import { buildCsp } from './csp';
import type { PageHashes } from './script-hashes';

/** Written by the build beside Next.js's own output: internal page address → its hash sources. */
export const CSP_MANIFEST = join('.next', 'prerendered-csp.json');
export type CspManifest = Record<string, PageHashes>;

let manifest: CspManifest | null | undefined;

function load(): CspManifest | null {
  if (manifest !== undefined) return manifest;
  try {
    manifest = JSON.parse(readFileSync(join(process.cwd(), CSP_MANIFEST), 'utf8')) as CspManifest;
  } catch {
    // `next dev` renders every page per request, with a nonce; a production build without the
    // manifest would block the pages' scripts, so the server says so at start (instrumentation.ts).
    manifest = null;
  }
  return manifest;
}

// The proxy asks on every request, and the answers only change with the build: each is made once.
const policies = new Map<string, string | null>();
const notFound = new Map<Variant, PageHashes>();

// The policy for a prerendered copy, or null when it has no entry (then the page is rendered with a nonce).
export function prerenderedCsp(address: string, options: { analytics: boolean; https: boolean }): string | null {
  const key = `${address} ${options.analytics} ${options.https}`;
  if (!policies.has(key)) {
    const hashes = load()?.[address];
    policies.set(key, hashes ? buildCsp({ hashes, ...options }) : null);
  }
  return policies.get(key)!;
}

// The scripts of the prerendered 404 pages, which Next.js sends for any address no route claims: every
// rendered page's policy allows them too, since the proxy cannot tell such an address in advance.
export function notFoundHashes(variant: Variant): PageHashes {
  let hashes = notFound.get(variant);
  if (!hashes) {
    const pages = [load()?.[variantPath(variant, MISSING_PAGE)], load()?.[NOT_FOUND_ADDRESS]];
    const union = (kind: keyof PageHashes) => [...new Set(pages.flatMap((page) => page?.[kind] ?? []))];
    hashes = { scripts: union('scripts'), styles: union('styles') };
    notFound.set(variant, hashes);
  }
  return hashes;
}

// For the start-up check: the manifest is there and lists each copy.
export function prerenderedCspLoaded(): boolean {
  return load() !== null;
}
