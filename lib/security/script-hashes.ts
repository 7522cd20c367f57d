// What a prerendered page's policy must allow: the sha256 of each inline script's and inline style's
// exact text (Next.js inlines the site's CSS), and for each script file the hash of its bytes, carried on
// its tag as `integrity` (a hash source matches a script file only through that attribute). Next.js marks its own chunk tags; React's tags for client
// components it does not, so they get one here. The HTML is parsed as a browser would (parse5).
import { createHash } from 'node:crypto';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** CSP hash sources ('sha256-…'): for script-src and for style-src. */
export type PageHashes = { scripts: string[]; styles: string[] };
export type HashedPage = { html: string; hashes: PageHashes };

const sha256 = (bytes: string | Uint8Array) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
const textOf = (el: Element) => el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content);
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isScriptLink = (el: Element) =>
  el.tagName === 'link' &&
  ['preload', 'modulepreload'].includes(attr(el, 'rel') ?? '') &&
  (attr(el, 'as') ?? 'script') === 'script';

// `readAsset(src)` returns a same-site script file's bytes, or null for one it cannot vouch for.
export function hashPageScripts(html: string, readAsset: (src: string) => Uint8Array | null): HashedPage {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const sources = new Set<string>();
  const styles = new Set<string>();
  const inserts: { at: number; text: string }[] = [];
  for (const el of elements(document)) {
    if (el.tagName === 'style') styles.add(`'${sha256(textOf(el))}'`);
    const src = el.tagName === 'script' ? attr(el, 'src') : isScriptLink(el) ? attr(el, 'href') : undefined;
    if (el.tagName === 'script' && src === undefined) {
      sources.add(`'${sha256(textOf(el))}'`);
      continue;
    }
    if (src === undefined) continue;
    const given = attr(el, 'integrity');
    if (given) {
      if (el.tagName === 'script') sources.add(`'${given}'`);
      continue;
    }
    const bytes = readAsset(src);
    if (!bytes) throw new Error(`The page loads ${src}, which is not one of the site's own script files`);
    const integrity = sha256(bytes);
    if (el.tagName === 'script') sources.add(`'${integrity}'`);
    // Just before the start tag's closing ">" (or "/>").
    const end = el.sourceCodeLocation!.startTag!.endOffset;
    inserts.push({ at: html[end - 2] === '/' ? end - 2 : end - 1, text: ` integrity="${integrity}"` });
  }
  let patched = html;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at))
    patched = patched.slice(0, at) + text + patched.slice(at);
  return { html: patched, hashes: { scripts: [...sources].sort(), styles: [...styles].sort() } };
}
