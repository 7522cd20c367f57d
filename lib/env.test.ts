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
    const output = logged.mock.calls
      .flat()
      .map((v) => JSON.stringify(v))
      .join('\n');
    expect(output).toContain('DATABASE_URL');
    expect(output).toContain('uses \\"sqlite\\", which this site does not support');
  });

  it('refuses an SMTP_URL or SITE_URL it cannot use, saying what to write', async () => {
    vi.stubEnv('SMTP_URL', 'http://mail.example.com');
    vi.stubEnv('SITE_URL', 'ftp://example.com');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(import('./env')).rejects.toThrow(/Invalid environment variables/);
    const output = logged.mock.calls
      .flat()
      .map((v) => JSON.stringify(v))
      .join('\n');
    expect(output).toContain('SMTP_URL must look like smtp://user:password@mail.example.com:587');
    expect(output).toContain('SITE_URL must be an http(s) address');
  });

  it('keeps email in the local mailbox unless SMTP_URL is set, and trims SITE_URL', async () => {
    vi.stubEnv('SMTP_URL', '');
    vi.stubEnv('SITE_URL', 'https://www.example.co.uk/');
    const { env } = await import('./env');
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.SITE_URL).toBe('https://www.example.co.uk');
  });

  it('refuses a published or short secret, saying what to set, and makes its own when none is set', async () => {
    vi.stubEnv('FORM_SECRET', 'lumina-development-form-secret');
    vi.stubEnv('UNSUBSCRIBE_SECRET', 'too-short');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(import('./env')).rejects.toThrow(/Invalid environment variables/);
    const output = logged.mock.calls
      .flat()
      .map((v) => JSON.stringify(v))
      .join('\n');
    expect(output).toContain('FORM_SECRET is a published development value. Set it to a long random value');
    expect(output).toContain('UNSUBSCRIBE_SECRET is shorter than 32 characters');
    vi.resetModules();
    vi.stubEnv('FORM_SECRET', '');
    vi.stubEnv('UNSUBSCRIBE_SECRET', '');
    expect((await import('./env')).env.FORM_SECRET).toBeUndefined();
  });
});
