import { describe, expect, it } from 'vitest';
import { MAX_FORM_BODY_BYTES, refusePost, unreadableForm } from './post-guard';

const ok = { origin: 'https://www.luminaenergy.co.uk', host: 'www.luminaenergy.co.uk', contentLength: '512' };

describe('refusePost', () => {
  it('lets a same-site form post through, with or without an Origin header', () => {
    expect(refusePost(ok)).toBeNull();
    expect(refusePost({ ...ok, origin: null })).toBeNull();
  });

  it.each(['https://evil.example', 'null', 'not a url', 'https://www.luminaenergy.co.uk.evil.example'])('refuses Origin %s with 403', (origin) => {
    expect(refusePost({ ...ok, origin })).toMatchObject({ status: 403, message: expect.stringMatching(/only be sent from this site/) });
  });

  it('refuses bodies without a length, too large, or with a nonsense length', () => {
    expect(refusePost({ ...ok, contentLength: null })?.status).toBe(411);
    expect(refusePost({ ...ok, contentLength: String(MAX_FORM_BODY_BYTES + 1) })?.status).toBe(413);
    expect(refusePost({ ...ok, contentLength: '-5' })?.status).toBe(413);
    expect(refusePost({ ...ok, contentLength: String(MAX_FORM_BODY_BYTES) })).toBeNull();
  });
});

describe('unreadable form bodies', () => {
  const parse = (body: string, type: string) => () => new Request('http://x/', { method: 'POST', body, headers: { 'content-type': type } }).formData();
  it('finds a damaged multipart body, and leaves readable forms and other types alone', async () => {
    expect(await unreadableForm('multipart/form-data; boundary=x', parse('--x\r\nbroken', 'multipart/form-data; boundary=x'))).toBe(true);
    expect(await unreadableForm('multipart/form-data; boundary=x', parse('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n', 'multipart/form-data; boundary=x'))).toBe(false);
    expect(await unreadableForm('application/x-www-form-urlencoded', parse('a=1&b=%ZZ', 'application/x-www-form-urlencoded'))).toBe(false);
    expect(await unreadableForm('application/json', parse('{', 'application/json'))).toBe(false);
    expect(await unreadableForm(null, parse('', 'text/plain'))).toBe(false);
  });
});
