// Passkeys (WebAuthn) for the back office, through @simplewebauthn/server. The site's address
// (SITE_URL) is the relying party. A challenge is sealed rather than stored: it carries its purpose,
// account and expiry, so any instance can check it, and an answered one is recorded as spent.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { z } from 'zod';
import { getSecrets } from '../data/site/secrets';
import { type NewPasskey, passkeyByCredentialId, passkeysOf, spendPasskeyChallenge } from '../data/staff/passkeys';
import { env } from '../env';
import { openSealedText, sealText } from '../security/seal';

const PURPOSE = 'staff-passkey-challenge:v1';
const CHALLENGE_MS = 5 * 60 * 1000;
const RP_NAME = 'Lumina Energy back office';

/** Adding a passkey; signing in with one alone; the second step after a password. */
export type PasskeyPurpose = 'add' | 'sign-in' | 'second-step';
type Challenge = { p: PasskeyPurpose; u: string | null; n?: string; e: number; r: string };
const challengeShape = z.object({
  p: z.enum(['add', 'sign-in', 'second-step']),
  u: z.string().nullable(),
  n: z.string().optional(),
  e: z.number(),
  r: z.string(),
});

const site = () => new URL(env.SITE_URL);

// Whether passkeys can work at this site's address: browsers allow them only at a domain name (not
// an IP address), over HTTPS or on localhost.
export function passkeysAvailable(): boolean {
  const { hostname, protocol } = site();
  const secure = protocol === 'https:' || hostname === 'localhost' || hostname.endsWith('.localhost');
  return secure && isIP(hostname.replace(/^\[|\]$/g, '')) === 0;
}

async function sealChallenge(p: PasskeyPurpose, userId: string | null, name?: string, now = Date.now()) {
  const body: Challenge = { p, u: userId, n: name, e: now + CHALLENGE_MS, r: randomBytes(16).toString('base64url') };
  return sealText((await getSecrets()).linkSealing, PURPOSE, JSON.stringify(body));
}

// The challenge a browser's answer carries, opened and checked (purpose, and not expired); null if not ours.
async function openChallenge(clientDataJSON: unknown, purpose: PasskeyPurpose, now = Date.now()) {
  try {
    const clientData = JSON.parse(Buffer.from(String(clientDataJSON), 'base64url').toString('utf8')) as {
      challenge?: unknown;
    };
    const encoded = String(clientData.challenge);
    const sealed = Buffer.from(encoded, 'base64url').toString('utf8');
    const body = challengeShape.parse(JSON.parse(openSealedText((await getSecrets()).linkSealing, PURPOSE, sealed)));
    return body.p === purpose && body.e > now ? { ...body, encoded } : null;
  } catch {
    return null;
  }
}

const spend = (encoded: string, expiresAt: number) =>
  spendPasskeyChallenge(createHash('sha256').update(encoded).digest('hex'), new Date(expiresAt));

// What the browser needs to create a passkey named `name` for this account (not one it already has).
export async function passkeyCreationOptions(user: { id: string; email: string; name: string }, name: string) {
  const existing = await passkeysOf(user.id);
  return generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: site().hostname,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.id),
    challenge: await sealChallenge('add', user.id, name),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
}

// The new passkey from the browser's answer, when it answers this account's own unspent challenge.
export async function verifyPasskeyCreation(
  userId: string,
  response: RegistrationResponseJSON,
): Promise<NewPasskey | null> {
  const challenge = await openChallenge(response?.response?.clientDataJSON, 'add');
  if (!challenge || challenge.u !== userId || !challenge.n) return null;
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge: challenge.encoded,
    expectedOrigin: site().origin,
    expectedRPID: site().hostname,
    requireUserVerification: true,
  }).catch(() => null);
  if (!result?.verified || !(await spend(challenge.encoded, challenge.e))) return null;
  const { credential, credentialBackedUp } = result.registrationInfo;
  const passkey = {
    publicKey: credential.publicKey,
    counter: credential.counter,
    transports: credential.transports ?? [],
  };
  return { credentialId: credential.id, ...passkey, backedUp: credentialBackedUp, name: challenge.n };
}

// What the browser needs to sign in with a passkey: any of the site's (`userId` null), or one of this account's.
export async function passkeyRequestOptions(purpose: 'sign-in' | 'second-step', userId: string | null) {
  const allowCredentials = userId
    ? (await passkeysOf(userId)).map((p) => ({ id: p.credentialId, transports: p.transports }))
    : [];
  return generateAuthenticationOptions({
    rpID: site().hostname,
    allowCredentials,
    userVerification: purpose === 'sign-in' ? 'required' : 'preferred',
    challenge: await sealChallenge(purpose, userId),
  });
}

// The account and passkey a browser's answer proves, for this purpose (and account, at the second step).
export async function verifyPasskeyAnswer(
  response: AuthenticationResponseJSON,
  purpose: 'sign-in' | 'second-step',
  userId: string | null,
) {
  const challenge = await openChallenge(response?.response?.clientDataJSON, purpose);
  if (!challenge || challenge.u !== userId || typeof response.id !== 'string') return null;
  const passkey = await passkeyByCredentialId(response.id);
  if (!passkey || (userId && passkey.userId !== userId)) return null;
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge.encoded,
    expectedOrigin: site().origin,
    expectedRPID: site().hostname,
    credential: {
      id: passkey.credentialId,
      publicKey: passkey.publicKey,
      counter: passkey.counter,
      transports: passkey.transports,
    },
    requireUserVerification: purpose === 'sign-in',
  }).catch(() => null);
  if (!result?.verified || !(await spend(challenge.encoded, challenge.e))) return null;
  return { userId: passkey.userId, passkeyId: passkey.id, counter: result.authenticationInfo.newCounter };
}
