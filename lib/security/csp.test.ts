import { describe, expect, it } from 'vitest';
import { buildCsp } from './csp';

const directive = (csp: string, name: string) =>
  csp
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('buildCsp', () => {
  it("puts a prerendered page's script hashes in script-src and its style hashes in style-src, never inline", () => {
    const csp = buildCsp({ hashes: { scripts: ["'sha256-script'"], styles: ["'sha256-style'"] } });
    expect(directive(csp, 'script-src')).toContain("'sha256-script'");
    expect(directive(csp, 'script-src')).not.toContain("'sha256-style'");
    expect(directive(csp, 'style-src')).toEqual(["'self'", "'sha256-style'"]);
    expect(csp).not.toContain('unsafe-inline');
  });

  it("allows a rendered page's scripts and styles by its nonce", () => {
    const csp = buildCsp({ nonce: 'abc' });
    expect(directive(csp, 'script-src')).toContain("'nonce-abc'");
    expect(directive(csp, 'style-src')).toEqual(["'self'", "'nonce-abc'"]);
  });
});
