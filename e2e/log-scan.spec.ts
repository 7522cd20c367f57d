// After every other test has used the site: the main server's log holds one JSON line per request,
// each with an id, and none of the test users' email addresses, the secrets their emails carried,
// or the addresses the tests claimed to come from.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SERVER_LOG } from './server-log';
import type { SinkMessage } from './smtp-sink';

const TOKEN_PATHS = ['/newsletter/confirm/', '/unsubscribe/', '/privacy/download/', '/feedback/withdraw/'];

// The secrets in an email's links: the path segment after a token page, and every query value.
function secretsIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)) {
    const url = new URL(match[0]);
    for (const prefix of TOKEN_PATHS) {
      if (url.pathname.startsWith(prefix)) found.push(url.pathname.slice(prefix.length).split('/')[0]!);
    }
    for (const value of url.searchParams.values()) if (value.length >= 16) found.push(value);
  }
  return found.filter((s) => s.length >= 16);
}

test('the server log names requests by id and holds no address, token or client IP', async ({ request }) => {
  const log = readFileSync(SERVER_LOG, 'utf8');
  const lines = log.split('\n').filter((line) => line.startsWith('{'));
  const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const requests = entries.filter((e) => e.msg === 'request');
  expect(requests.length).toBeGreaterThan(1_000);
  expect(
    requests.every(
      (e) => typeof e.requestId === 'string' && typeof e.status === 'number' && typeof e.path === 'string',
    ),
  ).toBe(true);

  const messages = (await (await request.get('http://127.0.0.1:2526/messages')).json()) as SinkMessage[];
  expect(messages.length).toBeGreaterThan(50);
  const addresses = new Set(['admin@lumina.test', ...messages.flatMap((m) => m.to)]);
  const secrets = new Set(messages.flatMap((m) => secretsIn(`${m.text}\n${Object.values(m.headers).join('\n')}`)));
  expect(secrets.size).toBeGreaterThan(20);
  const leaked = [...addresses, ...secrets, '198.51.100.7'].filter((value) => log.includes(value));
  expect(leaked).toEqual([]);
  // The admin's password, typed into many sign-in forms, never appears either.
  expect(log).not.toContain('correct horse battery staple');
});
