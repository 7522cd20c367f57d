import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFailuresWithOwnPage } from './failed-page';

// A server that answers as Next.js does: status and type set, then the body written in chunks.
const server = createServer((request, response: ServerResponse) => {
  const url = new URL(request.url ?? '/', 'http://x');
  answerFailuresWithOwnPage(request, response, {
    requestId: 'req-12345678',
    databaseUnavailable: url.searchParams.has('db'),
    retryAfterS: url.searchParams.has('limited') ? 1_800 : undefined,
  });
  response.statusCode = Number(url.searchParams.get('status') ?? 200);
  response.setHeader('content-type', url.searchParams.get('type') ?? 'text/html; charset=utf-8');
  response.write('<html id="__next_error__">');
  response.end('</html>');
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('answerFailuresWithOwnPage', () => {
  it("answers a page that failed with the site's own page and the request's id", async () => {
    const answer = await fetch(`${base}/surveys/x?status=500`);
    const html = await answer.text();
    expect(answer.status).toBe(500);
    expect(html).toContain('Sorry, something went wrong');
    expect(html).toContain('req-12345678');
    expect(html).not.toContain('__next_error__');
    expect(answer.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
  });

  it('says 503, try again in a moment, when the database was out of reach', async () => {
    const answer = await fetch(`${base}/surveys/x?status=500&db`);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
    const html = await answer.text();
    expect(html).toContain('Nothing you have sent us is lost.');
    expect(html).toContain('<a href="/surveys/x?status=500&#38;db">Try again</a>');
  });

  it('leaves alone what is not a failed page: successes, and the data a client-side navigation asked for', async () => {
    expect(await (await fetch(`${base}/?status=200`)).text()).toBe('<html id="__next_error__"></html>');
    const data = await fetch(`${base}/?status=500&type=text/x-component`);
    expect([data.status, await data.text()]).toEqual([500, '<html id="__next_error__"></html>']);
    const rsc = await fetch(`${base}/?status=500`, { headers: { rsc: '1' } });
    expect(await rsc.text()).toBe('<html id="__next_error__"></html>');
  });

  it('answers a form shown again because its sender is over a limit as 429 with Retry-After, the page unchanged', async () => {
    const answer = await fetch(`${base}/contact?limited`, { method: 'POST' });
    expect([answer.status, answer.headers.get('retry-after')]).toEqual([429, '1800']);
    expect(await answer.text()).toBe('<html id="__next_error__"></html>');
    // An action called with JavaScript reads its answer from a 200, whatever it says.
    const call = await fetch(`${base}/contact?limited&type=text/x-component`, { method: 'POST' });
    expect([call.status, call.headers.get('retry-after')]).toEqual([200, null]);
  });
});
