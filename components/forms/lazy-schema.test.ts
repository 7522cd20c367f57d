import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { lazyResolver, loadOnce } from './lazy-schema';

const schema = z.object({ email: z.string().min(1, 'Enter your email address') });
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('loadOnce', () => {
  it('loads once however often it is asked, and again only after a failed load', async () => {
    const load = vi
      .fn<() => Promise<typeof schema>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(schema);
    const schemaOf = loadOnce(load);
    await expect(schemaOf()).rejects.toThrow('offline');
    expect(await Promise.all([schemaOf(), schemaOf()])).toEqual([schema, schema]);
    await schemaOf();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('lazyResolver', () => {
  it('checks the answers with the schema once it has loaded', async () => {
    const resolve = lazyResolver(() => Promise.resolve(schema));
    const result = await resolve({ email: '' }, undefined, options);
    expect(result.errors).toMatchObject({ email: { message: 'Enter your email address' } });
  });

  it('lets the form go to the server (which checks it) when the schema cannot be loaded', async () => {
    const resolve = lazyResolver<typeof schema>(() => Promise.reject(new Error('offline')));
    expect(await resolve({ email: '' }, undefined, options)).toEqual({ values: { email: '' }, errors: {} });
  });
});
