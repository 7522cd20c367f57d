// A form's zod schema in the browser, loaded once the person turns to the form, not with its page:
// building zod and the schema was a phone's longest piece of script work on a form's page, and the
// form works without them (the server checks every post with the same schema).
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** The form's schema, loaded on demand: `() => import('@/lib/validations/x').then((m) => m.xSchema)`. */
export type SchemaLoader<S> = () => Promise<S>;

// The loader, run once; after a failed load the next call tries again.
export function loadOnce<S>(load: SchemaLoader<S>): SchemaLoader<S> {
  let loading: Promise<S> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

// Validates with the schema once it has loaded. Should it fail to load (the connection dropped), the
// form is posted as it is and the server, with the same schema, says what needs fixing.
export function lazyResolver<S extends z.ZodType<unknown, FieldValues>>(schema: () => Promise<S>) {
  const resolver: Resolver<z.input<S>, unknown, z.output<S>> = async (values, context, options) => {
    const loaded = await schema().catch(() => null);
    if (!loaded) return { values: values as z.output<S>, errors: {} };
    return zodResolver(loaded)(values, context, options);
  };
  return resolver;
}
