import { describe, expect, it } from 'vitest';
import { consumeFormLimits } from './rate-limits';
import { migratedDatabaseForFile } from '../../testing/migrated-client';

const database = migratedDatabaseForFile();
const limits = { perIp: 10, perEmail: 10, perEmailAnywhere: 10 };
const send = () => consumeFormLimits('test-window', '203.0.113.80', 'window@example.com', limits);
const rows = () =>
  database().rateLimiterFlexible.findMany({ where: { key: { startsWith: 'test-window' } }, orderBy: { key: 'asc' } });

describe(`form rate limits on ${process.env.TEST_DB}`, () => {
  it('counts every one of a burst sent at once, on each of the three counters', async () => {
    const sent = await Promise.all(Array.from({ length: 7 }, send));
    expect(sent.every((s) => s.ok)).toBe(true);
    expect((await rows()).map((r) => r.points)).toEqual([7, 7, 7]);
  });

  it('starts a window that has ended again from one, with a new end, and refuses past the limit', async () => {
    const past = new Date(Date.now() - 1_000);
    await database().rateLimiterFlexible.updateMany({
      where: { key: { startsWith: 'test-window' } },
      data: { points: 10, expire: past },
    });
    await Promise.all(Array.from({ length: 3 }, send));
    const after = await rows();
    expect(after.map((r) => r.points)).toEqual([3, 3, 3]);
    for (const r of after) expect(r.expire!.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
    for (let i = 0; i < 7; i++) expect((await send()).ok).toBe(true);
    expect(await send()).toMatchObject({ ok: false, limited: 'ip' });
  });

  it('counts nothing on the email counters once the sender’s address is over its limit, in one statement', async () => {
    // A limit past a 32-bit integer, as a configuration meaning "no limit" may set, is compared as it is.
    const tight = { perIp: 2, perEmail: 3_000_000_000, perEmailAnywhere: 10 };
    const from = (email: string) => consumeFormLimits('test-chain', '203.0.113.90', email, tight);
    expect((await from('a@example.com')).ok).toBe(true);
    expect((await from('a@example.com')).ok).toBe(true);
    expect(await from('b@example.com')).toMatchObject({ ok: false, limited: 'ip', retryAfterS: expect.any(Number) });
    const counted = await database().rateLimiterFlexible.findMany({
      where: { key: { startsWith: 'test-chain' } },
      orderBy: { key: 'asc' },
    });
    // a@'s two email counters hold two each; b@, refused by the address, has none; the address holds three.
    expect(counted.map((r) => [r.key.split(':')[1], r.points])).toEqual([
      ['email-ip', 2],
      ['email', 2],
      ['ip', 3],
    ]);
  });

  it('keeps the counters out of the write-ahead log (no flush to disk for each count)', async () => {
    const [table] = await database().$queryRaw<{ persistence: string }[]>`
      SELECT relpersistence::text AS persistence FROM pg_class WHERE relname = 'RateLimiterFlexible'`;
    expect(table).toEqual({ persistence: 'u' });
  });
});
