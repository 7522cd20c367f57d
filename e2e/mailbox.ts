// Reading the emails the site sent, from the SMTP sink (e2e/smtp-sink.ts), as a person reads their inbox.
import { expect } from '@playwright/test';
import type { SinkMessage } from './smtp-sink';

export const SINK_API = `http://127.0.0.1:${process.env.SMTP_SINK_HTTP_PORT ?? 2526}`;

// Every message delivered to `to` so far.
export async function inbox(to: string): Promise<SinkMessage[]> {
  const response = await fetch(`${SINK_API}/messages?to=${encodeURIComponent(to)}`);
  return (await response.json()) as SinkMessage[];
}

// Waits for the `count`th message to `to` (whose subject matches, if given) and returns it.
export async function waitForEmail(to: string, subject?: RegExp, count = 1): Promise<SinkMessage> {
  let found: SinkMessage[] = [];
  await expect
    .poll(
      async () => {
        found = (await inbox(to)).filter((m) => !subject || subject.test(m.subject));
        return found.length;
      },
      { message: `email to ${to}${subject ? ` matching ${subject}` : ''}`, timeout: 20_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return found[count - 1]!;
}

// The first link in the message's text part that matches `pattern`.
export function linkIn(message: SinkMessage, pattern: RegExp): string {
  const link = message.text.match(/https?:\/\/\S+/g)?.find((url) => pattern.test(url));
  if (!link) throw new Error(`no link matching ${pattern} in “${message.subject}”:\n${message.text}`);
  return link;
}
