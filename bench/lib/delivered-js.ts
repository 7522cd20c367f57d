// The JavaScript a page costs a visitor, gzipped (level 9): every script file its HTML loads, its
// inline scripts (the RSC payload among them), and the Analytics bootstrap its loader fetches.
import { gzipSync } from 'node:zlib';

export const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export type DeliveredJs = { chunks: number; inline: number; total: number };

// Fetched as a visitor with `cookie` would get it.
export async function deliveredJs(url: string, cookie?: string): Promise<DeliveredJs> {
  const html = await (await fetch(url, { headers: cookie ? { cookie } : {} })).text();
  const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  if (html.includes('id="lumina-analytics"')) srcs.push('/consent/analytics.js');
  const get = (src: string) => fetch(new URL(src, url), { headers: cookie ? { cookie } : {} });
  const files = await Promise.all(srcs.map(async (src) => gz(Buffer.from(await (await get(src)).arrayBuffer()))));
  const chunks = files.reduce((a, b) => a + b, 0);
  return { chunks, inline: gz(inline), total: chunks + gz(inline) };
}
