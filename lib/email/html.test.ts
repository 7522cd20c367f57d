import { describe, expect, it } from 'vitest';
import { html, trustedHtml } from './html';
import { confirmSubscriptionEmail } from './templates/confirm-subscription';

describe('html', () => {
  it('escapes every interpolated value, including inside attributes', () => {
    const name = '<script>alert("x")</script>';
    const href = '" onclick="evil()';
    expect(html`<p title="${href}">${name}</p>`.value).toBe(
      '<p title="&quot; onclick=&quot;evil()">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    );
  });

  it('keeps nested html and trusted markup as markup, and drops null and false', () => {
    expect(html`<div>${html`<b>${'a&b'}</b>`}${trustedHtml('<i>x</i>')}${null}${false}</div>`.value).toBe(
      '<div><b>a&amp;b</b><i>x</i></div>',
    );
  });
});

describe('confirmation email', () => {
  it('names the sender, escapes the name, and carries the link in both parts', () => {
    const email = confirmSubscriptionEmail({
      name: '<b>Eve</b>',
      confirmUrl: 'https://example.test/newsletter/confirm?token=abc',
      expiresAt: new Date('2026-12-02T10:00:00Z'),
    });
    expect(email.subject).toBe('Confirm your Lumina Energy newsletter subscription');
    expect(email.html).toContain('Hello &lt;b&gt;Eve&lt;/b&gt;,');
    expect(email.html).not.toContain('<b>Eve</b>');
    expect(email.html).toContain('href="https://example.test/newsletter/confirm?token=abc"');
    expect(email.text).toContain('https://example.test/newsletter/confirm?token=abc');
    expect(email.text).toContain('2 December 2026 at 10:00');
    expect(email.text).toContain('Commercial Services Trading Ltd');
  });
});
