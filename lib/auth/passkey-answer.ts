// A browser's answer to a passkey challenge arrives as JSON text: parsed here to the shape
// @simplewebauthn/server checks in full, or null when it is not even that.
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { z } from 'zod';

const answerShape = z.looseObject({
  id: z.string().min(1).max(1_024),
  rawId: z.string().min(1).max(1_024),
  type: z.literal('public-key'),
  response: z.looseObject({ clientDataJSON: z.string().min(1).max(8_192) }),
  clientExtensionResults: z.looseObject({}).default({}),
});

// The answer's JSON, when it has a passkey answer's outline; the library checks the rest.
export function parsePasskeyAnswer<T extends RegistrationResponseJSON | AuthenticationResponseJSON>(
  text: string,
): T | null {
  try {
    const parsed = answerShape.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as unknown as T) : null;
  } catch {
    return null;
  }
}
