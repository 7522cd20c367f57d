import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  vi.restoreAllMocks();
});

describe('env', () => {
  it('gives the embedded database when DATABASE_URL is unset', async () => {
    vi.stubEnv('DATABASE_URL', '');
    const { env } = await import('./env');
    expect(env.DATABASE_URL).toMatchObject({ kind: 'pglite' });
  });

  it('stops at start-up with a message naming DATABASE_URL and what to write', async () => {
    vi.stubEnv('DATABASE_URL', 'sqlite://./dev.db');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(import('./env')).rejects.toThrow(/Invalid environment variables/);
    const output = logged.mock.calls.flat().map((v) => JSON.stringify(v)).join('\n');
    expect(output).toContain('DATABASE_URL');
    expect(output).toContain('uses \\"sqlite\\", which this site does not support');
  });
});
