// The peer a content page is measured against: a minimal Next.js app serving the same HTML as a
// static page (no proxy, no cookies).
import path from 'node:path';
import { type PeerFiles, startNextPeer } from './next-peer';
import type { Running } from './servers';

/** Each page's address and the inner HTML of its <body>. */
export type PeerPages = Record<string, string>;

// The <body> contents of a page the site served, for the peer to serve as its own (without the site's
// scripts, which would be the peer's to load, when measuring JavaScript).
export function bodyOf(html: string, { scripts = true } = {}): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return scripts ? body : body.replace(/<script\b[\s\S]*?<\/script>/g, '');
}

const PAGE =
  "import body from './body.json';\nexport default function P() { return <div dangerouslySetInnerHTML={{ __html: body }} />; }\n";

// Builds the peer and starts it on `port`, serving each page's body at its address.
export async function startStaticPeer(port: number, pages: PeerPages): Promise<Running & { dir: string }> {
  const files: PeerFiles = {};
  for (const [address, body] of Object.entries(pages)) {
    const folder = path.posix.join('app', address);
    files[`${folder}/body.json`] = JSON.stringify(body);
    files[`${folder}/page.jsx`] = PAGE;
  }
  return startNextPeer(port, files, { probePath: Object.keys(pages)[0]! });
}
