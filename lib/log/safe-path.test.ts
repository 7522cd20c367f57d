import { describe, expect, it } from 'vitest';
import { safePath } from './safe-path';

describe('safePath', () => {
  it('keeps an ordinary path and the names, not the values, of its query', () => {
    expect(safePath('/contact')).toEqual({ path: '/contact' });
    expect(safePath('/contact/thank-you?ref=ENQ-ABC123&ref=x#top')).toEqual({
      path: '/contact/thank-you',
      query: ['ref'],
    });
  });

  it('drops the secret of every link that carries one', () => {
    expect(safePath('/unsubscribe/c2VjcmV0.dG9rZW4/one-click')).toEqual({ path: '/unsubscribe/…' });
    expect(safePath('/privacy/verify?token=abcdef')).toEqual({ path: '/privacy/verify', query: ['token'] });
    expect(safePath('/admin/setup?token=uebjdjfcv453')).toEqual({ path: '/admin/setup', query: ['token'] });
    expect(safePath('/newsletter/confirm/xyz')).toEqual({ path: '/newsletter/confirm/…' });
  });

  it('never shows an email address typed into a query string', () => {
    expect(JSON.stringify(safePath('/search?email=ada@example.co.uk'))).not.toContain('ada@');
  });
});
