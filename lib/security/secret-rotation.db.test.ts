import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedSecrets } from '../data/site/stored-secrets';
import { signId } from '../email/signed-id';
import { migratedDatabaseForFile } from '../testing/migrated-client';

const database = migratedDatabaseForFile();
const SUBSCRIBER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe(`rotating the unsubscribe secret on ${process.env.TEST_DB}`, () => {
  it('keeps links signed before the rotation working for the stated period, and no longer', async () => {
    const made = (await storedSecrets(database(), ['UNSUBSCRIBE_SECRET'])).UNSUBSCRIBE_SECRET!;
    const oldLink = signId(made, 'unsubscribe', SUBSCRIBER);
    // The operator now sets a secret of their own; the one the site made becomes the previous one.
    vi.stubEnv('UNSUBSCRIBE_SECRET', 'the operator’s own unsubscribe secret, 32+ chars');
    // As after a restart: the process has not read its secrets yet.
    Object.assign(globalThis, { luminaSecrets: undefined, luminaSecretsLoaded: undefined });
    vi.resetModules();
    const { subscriberFromToken, unsubscribeLinks } = await import('../data/newsletter/unsubscribe-link');
    const { PREVIOUS_SECRET_DAYS, unsubscribeSecrets } = await import('../data/site/secrets');
    expect(await subscriberFromToken(oldLink)).toBe(SUBSCRIBER);
    const newLink = (await unsubscribeLinks(SUBSCRIBER)).unsubscribeUrl.split('/unsubscribe/')[1]!;
    expect(newLink).not.toBe(oldLink);
    expect(await subscriberFromToken(newLink)).toBe(SUBSCRIBER);
    const later = new Date(Date.now() + (PREVIOUS_SECRET_DAYS + 1) * 24 * 60 * 60 * 1000);
    expect(await unsubscribeSecrets(later)).toEqual(['the operator’s own unsubscribe secret, 32+ chars']);
  });
});
