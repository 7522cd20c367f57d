import { describe, expect, it } from 'vitest';
import { openSeal, sealLinks, unsealLinks } from './sealed-links';

const KEY = 'a-test-sealing-secret-of-32-characters!';
const setup = 'https://www.example.co.uk/admin/setup?token=abcdefghijklmnopqrstuvwxyz234567';
const unsubscribe = 'https://www.example.co.uk/unsubscribe/0b0e-token.sig';
const email = {
  text: `Choose your password:\n${setup}\n\nRead our policy: https://www.example.co.uk/privacy-policy`,
  html: `<a href="${setup}">Choose</a> <a href="${setup}">${setup}</a> <a href="https://www.example.co.uk/admin/requests/1">Open</a>`,
  headers: { 'List-Unsubscribe': `<${unsubscribe}/one-click>` },
};

describe('sealLinks', () => {
  it('withholds every link that carries a token, and nothing else, in both parts and the headers', () => {
    const sealed = sealLinks(KEY, email);
    expect(JSON.stringify(sealed)).not.toContain('token=');
    expect(JSON.stringify(sealed)).not.toContain('/unsubscribe/');
    expect(sealed.text).toBe(
      'Choose your password:\n[link withheld #1]\n\nRead our policy: https://www.example.co.uk/privacy-policy',
    );
    expect(sealed.html).toBe(
      '<a href="[link withheld #1]">Choose</a> <a href="[link withheld #1]">[link withheld #1]</a> <a href="https://www.example.co.uk/admin/requests/1">Open</a>',
    );
    expect(sealed.headers['List-Unsubscribe']).toBe('<[link withheld #2]>');
    expect(unsealLinks(KEY, sealed, sealed.sealed)).toEqual(email);
  });

  it('leaves an email with no secret link as it is, with nothing sealed', () => {
    const plain = { text: 'Hello https://www.example.co.uk/contact', html: '<p>Hi</p>', headers: {} };
    expect(sealLinks(KEY, plain)).toEqual({ ...plain, sealed: null });
  });

  it('cannot be opened with another key, or once altered', () => {
    const { sealed } = sealLinks(KEY, email);
    expect(() => openSeal('another-key-of-at-least-32-characters', sealed!)).toThrow();
    const altered = `${sealed!.slice(0, -2)}${sealed!.endsWith('A') ? 'B' : 'A'}A`;
    expect(() => openSeal(KEY, altered)).toThrow();
  });

  it('reads a long body in one linear pass', () => {
    const start = performance.now();
    sealLinks(KEY, { text: 'https://'.repeat(5_000) + 'x'.repeat(40_000), html: '', headers: {} });
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
