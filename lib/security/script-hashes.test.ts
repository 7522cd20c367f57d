import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPageScripts } from './script-hashes';

const b64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const files: Record<string, string> = {
  '/_next/static/chunks/a.js': 'console.log("a")',
  '/_next/static/chunks/b.js': 'b()',
};
const read = (src: string) => (src in files ? new TextEncoder().encode(files[src]) : null);

const page = [
  '<!DOCTYPE html><html><head>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/x.css"/>',
  '<style data-precedence="next" data-href="/_next/static/chunks/y.css">p{color:red}</style>',
  '</head><body><p>Café “quotes” &amp; <b>bold</b></p>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/b.js" async="" integrity="sha256-given"></script>',
  '<script>self.__next_f.push([1,"caf\u00e9 \\u003c/script\\u003e"])</script>',
  '<script id="lumina-analytics">(function(){})()</script>',
  '</body></html>',
].join('');

describe('hashPageScripts', () => {
  it('lists each inline script by the hash of its exact text, and each file by its integrity', () => {
    const { scripts } = hashPageScripts(page, read).hashes;
    expect(scripts).toEqual(
      [
        `'sha256-${b64('self.__next_f.push([1,"caf\u00e9 \\u003c/script\\u003e"])')}'`,
        `'sha256-${b64('(function(){})()')}'`,
        `'sha256-${b64(files['/_next/static/chunks/a.js']!)}'`,
        "'sha256-given'",
      ].sort(),
    );
  });

  it('lists each inline style apart, by the hash of its exact text, for style-src only', () => {
    const { scripts, styles } = hashPageScripts(page, read).hashes;
    expect(styles).toEqual([`'sha256-${b64('p{color:red}')}'`]);
    expect(scripts).not.toContain(styles[0]);
    expect(hashPageScripts('<p>No style</p>', read).hashes.styles).toEqual([]);
  });

  it('adds integrity to the tags that lack it and changes nothing else', () => {
    const { html } = hashPageScripts(page, read);
    const integrity = `integrity="sha256-${b64(files['/_next/static/chunks/a.js']!)}"`;
    expect(html).toContain(`<script src="/_next/static/chunks/a.js" async="" ${integrity}></script>`);
    expect(html).toContain(`href="/_next/static/chunks/a.js" ${integrity}/>`);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/x.css"/>');
    expect(html.replaceAll(` ${integrity}`, '')).toBe(page);
    // Done twice, the page is the same: every tag already has its hash.
    expect(hashPageScripts(html, read).html).toBe(html);
  });

  it('refuses a page that loads a script the site does not serve itself', () => {
    expect(() => hashPageScripts('<script src="https://elsewhere.example/x.js"></script>', read)).toThrow(/elsewhere/);
  });
});
