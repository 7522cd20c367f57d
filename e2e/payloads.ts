// Malformed, oversized, wrong-type and hostile values for the bad-input suite, drawn from a seeded
// generator so a failure can be replayed exactly (the seed is printed with it).
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

export const HOSTILE = [
  '',
  ' ',
  '\t\n',
  'x'.repeat(5_000),
  'y'.repeat(30_000),
  '\u0000',
  'bell\u0007',
  'a\r\nBcc: victim@example.com',
  `'; DROP TABLE "Enquiry"; --`,
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  '\u202Egnp.exe',
  '😀'.repeat(200),
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  'true',
  'false',
  '[]',
  '{"$gt":""}',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '%00',
  '\uFFFF\uFFFE',
  'Ω≈ç√∫',
  'ＡＢＣ',
  'é'.normalize('NFD').repeat(50),
  '9'.repeat(400),
  '2027-02-30',
  '31/13/2027',
  'ME19 4YT'.repeat(20),
  'ELECTRICITY;GAS',
  'yes',
  'on',
  'no',
  '00000000-0000-0000-0000-000000000000',
] as const;

/** Never a valid email address, so a payload carrying one is always refused. */
export const INVALID_EMAILS = [
  '',
  'not-an-email',
  'a@',
  '@example.com',
  'a@b',
  `${'x'.repeat(300)}@example.com`,
  'ada@example.com\r\nBcc: victim@example.com',
  '<ada@example.com>',
  'ada lovelace@example.com',
  'ada@exa mple.com',
  '"; DROP TABLE "Subscriber"; --@x',
  'ada@@example.com',
] as const;

export type FormTarget = { name: string; url: string; fields: readonly string[] };

// One payload: every field given a hostile value, left out, or sent twice, and the email always invalid.
export function payload(r: ReturnType<typeof random>, target: FormTarget, hidden: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(hidden)) data.append(k, v);
  data.set('website', '');
  for (const field of target.fields) {
    const roll = r.next();
    if (roll < 0.15) continue;
    data.append(field, r.pick(HOSTILE));
    if (roll > 0.9) data.append(field, r.pick(HOSTILE));
  }
  data.set('email', r.pick(INVALID_EMAILS));
  return data;
}
