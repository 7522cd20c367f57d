import { describe, expect, it } from 'vitest';
import {
  clientIp,
  isHttps,
  isPageLoad,
  PEER_HEADER,
  PEER_PROTO_HEADER,
  requestIdFrom,
  requestOrigin,
} from './request-facts';

const headers = (h: Record<string, string>) => new Headers(h);
const direct = { [PEER_HEADER]: '::ffff:198.51.100.20', [PEER_PROTO_HEADER]: 'http', host: 'www.example.co.uk' };

describe('clientIp', () => {
  it('is the socket’s address with no trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientIp(headers({ ...direct, 'x-forwarded-for': '203.0.113.9' }), 0)).toBe('198.51.100.20');
  });

  it('is the entry the outermost trusted proxy added, counted from the right', () => {
    const chain = headers({ ...direct, 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 192.0.2.1' });
    expect(clientIp(chain, 1)).toBe('192.0.2.1');
    expect(clientIp(chain, 2)).toBe('203.0.113.9');
    expect(clientIp(headers({ ...direct, 'x-forwarded-for': '203.0.113.9' }), 3)).toBe('203.0.113.9');
    expect(clientIp(headers(direct), 1)).toBe('198.51.100.20');
  });

  it('is null when the server could not tell', () => {
    expect(clientIp(headers({ 'x-forwarded-for': '203.0.113.9' }), 0)).toBeNull();
  });
});

describe('requestOrigin', () => {
  it('believes X-Forwarded-Proto and -Host only from a trusted proxy', () => {
    const forwarded = headers({ ...direct, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' });
    expect(requestOrigin(forwarded, 0)).toBe('http://www.example.co.uk');
    expect(requestOrigin(forwarded, 1)).toBe('https://evil.example');
    expect(isHttps(forwarded, 0)).toBe(false);
    expect(isHttps(forwarded, 1)).toBe(true);
  });
});

describe('requestIdFrom', () => {
  const fresh = () => 'fresh-0000-id';
  it("takes a trusted proxy's id, and never a client's own", () => {
    expect(requestIdFrom(headers({ 'x-request-id': 'nginx-7f3a9c2e41' }), 1, fresh)).toBe('nginx-7f3a9c2e41');
    expect(requestIdFrom(headers({ 'x-request-id': 'nginx-7f3a9c2e41' }), 0, fresh)).toBe('fresh-0000-id');
  });

  it('replaces an id that is not a plain token (a forged log line, a huge value)', () => {
    expect(requestIdFrom(headers({ 'x-request-id': 'abc {"level":"info"}' }), 1, fresh)).toBe('fresh-0000-id');
    expect(requestIdFrom(headers({ 'x-request-id': 'a'.repeat(500) }), 1, fresh)).toBe('fresh-0000-id');
    expect(requestIdFrom(headers({}), 1, fresh)).toBe('fresh-0000-id');
  });
});

describe('isPageLoad', () => {
  it('is a browser loading a page into a tab or a frame, or a client that says nothing', () => {
    expect(isPageLoad(headers({ 'sec-fetch-dest': 'document' }))).toBe(true);
    expect(isPageLoad(headers({ 'sec-fetch-dest': 'iframe' }))).toBe(true);
    expect(isPageLoad(headers({}))).toBe(true);
  });

  it('is not a prefetch, a client-side navigation, or a manifest or icon fetched beside a page', () => {
    expect(isPageLoad(headers({ rsc: '1', 'next-router-prefetch': '1', 'sec-fetch-dest': 'empty' }))).toBe(false);
    expect(isPageLoad(headers({ rsc: '1' }))).toBe(false);
    expect(isPageLoad(headers({ purpose: 'prefetch', 'sec-fetch-dest': 'document' }))).toBe(false);
    expect(isPageLoad(headers({ 'sec-fetch-dest': 'manifest' }))).toBe(false);
    expect(isPageLoad(headers({ 'sec-fetch-dest': 'image' }))).toBe(false);
  });
});
