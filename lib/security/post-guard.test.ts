import { describe, expect, it } from 'vitest';
import { MAX_FORM_BODY_BYTES, refusePost } from './post-guard';

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
