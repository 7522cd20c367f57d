import { describe, expect, it } from 'vitest';
import { bodyLimitFor, type PostFacts, readPost, MAX_CONSENT_BODY_BYTES, MAX_FORM_BODY_BYTES } from './post-guard';

// The post's refusal, or null when it may go on.
const guardPost = async (request: Request, facts: PostFacts) => (await readPost(request, facts)).refusal;

const SITE = 'https://www.luminaenergy.co.uk';
const facts = { allowedOrigins: [SITE, null], maxBytes: MAX_FORM_BODY_BYTES };
const form = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`${SITE}/contact`, {
    method: 'POST',
    body,
    headers: { origin: SITE, 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
// A body sent in chunks, with no Content-Length, as `curl -H 'Transfer-Encoding: chunked'` does.
const chunked = (bytes: number) =>
  new Request(`${SITE}/consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new ReadableStream({
      start(c) {
        for (let sent = 0; sent < bytes; sent += 1024) c.enqueue(new TextEncoder().encode('a'.repeat(1024)));
        c.close();
      },
    }),
    duplex: 'half',
  } as RequestInit);

describe('guardPost', () => {
  it('lets a same-site form post through, with or without an Origin header', async () => {
    expect(await guardPost(form('a=1'), facts)).toBeNull();
    expect(
      await guardPost(
        new Request(`${SITE}/contact`, {
          method: 'POST',
          body: 'a=1',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
        facts,
      ),
    ).toBeNull();
  });

  it.each([
    'https://evil.example',
    'null',
    'not a url',
    `${SITE}.evil.example`,
    'http://www.luminaenergy.co.uk',
    `${SITE}:8443`,
  ])('refuses Origin %s with 403', async (origin) => {
    expect(await guardPost(form('a=1', { origin }), facts)).toMatchObject({
      status: 403,
      message: expect.stringMatching(/only be sent from this site/),
    });
  });

  it('refuses bodies over the limit, whether they say their length or not', async () => {
    expect((await guardPost(form('a='.padEnd(MAX_FORM_BODY_BYTES + 1, 'x')), facts))?.status).toBe(413);
    expect((await guardPost(form('a=1', { 'content-length': '-5' }), facts))?.status).toBe(413);
    expect(await guardPost(form('a='.padEnd(MAX_FORM_BODY_BYTES, 'x')), facts)).toBeNull();
    expect((await guardPost(chunked(1024 * 1024), { ...facts, maxBytes: bodyLimitFor('/consent') }))?.status).toBe(413);
    expect(await guardPost(chunked(4 * 1024), { ...facts, maxBytes: MAX_CONSENT_BODY_BYTES })).toBeNull();
  });

  it('refuses a damaged form body, and a server-action call that is not a form', async () => {
    const type = 'multipart/form-data; boundary=x';
    expect((await guardPost(form('--x\r\nbroken', { 'content-type': type }), facts))?.status).toBe(400);
    expect(
      await guardPost(
        form('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n', { 'content-type': type }),
        facts,
      ),
    ).toBeNull();
    for (const body of ['[]', '[{},{}]', '"x"']) {
      expect(
        (
          await guardPost(
            form(body, { 'content-type': 'text/plain;charset=UTF-8', 'next-action': '7f376fdb595a' }),
            facts,
          )
        )?.status,
      ).toBe(400);
    }
    // An action that uses no argument (Sign out) is sent `[]` by Next.js itself.
    expect(
      await guardPost(form('[]', { 'content-type': 'text/plain;charset=UTF-8', 'next-action': '0068b440c527' }), facts),
    ).toBeNull();
    expect(await guardPost(form('{}', { 'content-type': 'application/json' }), facts)).toBeNull();
  });

  it('lets the one-click unsubscribe come from a mail provider', async () => {
    const post = await readPost(form('List-Unsubscribe=One-Click', { origin: 'https://mail.example' }), {
      ...facts,
      anyOrigin: true,
    });
    expect(post.refusal).toBeNull();
    // The provider's origin is let through, but it is not the site's own.
    expect(post).toMatchObject({ siteOrigin: null });
  });

  it("names the Origin it judged the site's own, for Next.js's same-host check", async () => {
    expect(await readPost(form('a=1'), facts)).toMatchObject({ refusal: null, siteOrigin: SITE });
    expect(await readPost(form('{}', { 'content-type': 'application/json' }), facts)).toMatchObject({
      siteOrigin: SITE,
    });
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const sent = new Request(`${SITE}/contact`, { method: 'POST', body: 'a=1', headers });
    expect(await readPost(sent, facts)).toMatchObject({ refusal: null, siteOrigin: null });
  });
});
