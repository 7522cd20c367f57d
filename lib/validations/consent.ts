// The cookie-choice form posted by the banner and the cookie settings page (with or without JavaScript).
import { z } from 'zod';

export const consentSources = ['banner', 'settings'] as const;

export const consentFormSchema = z
  .object({
    choice: z.enum(['accept', 'reject', 'save', 'gpc'], {
      error: 'Choose “Accept all”, “Reject all” or save your settings.',
    }),
    analytics: z.enum(['yes', 'no'], { error: 'Say whether analytics cookies may be used.' }).optional(),
    source: z.enum(consentSources).default('banner'),
    returnTo: z.string().max(2_000).optional(),
  })
  .refine((v) => v.choice !== 'save' || v.analytics !== undefined, {
    path: ['analytics'],
    message: 'Say whether analytics cookies may be used.',
  });

export type ConsentForm = z.infer<typeof consentFormSchema>;

// A same-site path to go back to after saving; anything else (other hosts, `//evil`, `/\\evil`) goes home.
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f]/.test(value)) return '/';
  return value;
}

// The page the visitor came from, when the Referer is one of this site's addresses (a prerendered page
// cannot say its own address in its forms and links), by the same rule; null otherwise.
export function refererPath(referer: string | null, origins: (string | null)[]): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return origins.includes(url.origin) ? safeReturnPath(url.pathname + url.search) : null;
  } catch {
    return null;
  }
}
