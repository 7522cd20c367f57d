// Back-office forms: one schema each for react-hook-form and the server action.
import { z } from 'zod';
import { email, text } from './common';

const MIN_PASSWORD = 12;

// Length is what makes a password strong; no composition rules (NCSC and NIST guidance).
export const newPassword = z
  .string({ error: 'Choose a password' })
  .min(MIN_PASSWORD, `Choose a password of at least ${MIN_PASSWORD} characters`)
  .max(256, 'Password must be 256 characters or fewer');

export const signInSchema = z.object({
  email,
  password: z
    .string({ error: 'Enter your password' })
    .min(1, 'Enter your password')
    .max(256, 'Password must be 256 characters or fewer'),
  next: z.string().max(500).default(''),
});

export const setupSchema = z
  .object({
    token: z.string().max(100),
    name: text('Your name', 100),
    email: email.or(z.literal('')).default(''),
    password: newPassword,
    confirmPassword: z.string().default(''),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords don’t match',
  });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password').max(256),
    password: newPassword,
    confirmPassword: z.string().default(''),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords don’t match',
  });

export const staffRoles = [
  { value: 'STAFF', label: 'Staff: enquiries, quotes, subscribers and consents' },
  { value: 'ADMIN', label: 'Admin: also manages staff accounts and reads the audit log' },
] as const;

export const inviteSchema = z.object({
  name: text('Their name', 100),
  email,
  role: z.enum(['STAFF', 'ADMIN'], { error: 'Choose a role' }),
});

// The second step of signing in: an authenticator code or a recovery code, told apart on the server.
export const secondStepSchema = z.object({
  code: z
    .string({ error: 'Enter the code' })
    .trim()
    .min(1, 'Enter the 6-digit code from your app, or a recovery code')
    .max(64, 'That code is too long'),
  next: z.string().max(500).default(''),
});

// A change to the account's own sign-in: the current password first (or, with an app, a code from it).
export const confirmPasswordSchema = z.object({
  currentPassword: z.string({ error: 'Enter your current password' }).min(1, 'Enter your current password').max(256),
});

// "Add a passkey": a name to know it by, behind the current password.
export const addPasskeySchema = confirmPasswordSchema.extend({
  name: text('A name for the passkey', 60),
});

// "Remove" beside one of the account's passkeys.
export const removePasskeySchema = confirmPasswordSchema.extend({
  passkeyId: z.uuid({ error: 'Choose a passkey to remove' }),
});

// A browser's answer to a passkey challenge (WebAuthn's JSON), checked in full by @simplewebauthn/server.
export const passkeyAnswerSchema = z.object({
  response: z
    .string({ error: 'The passkey gave no answer' })
    .min(2, 'The passkey gave no answer')
    .max(32_000, 'That answer is too long'),
  next: z.string().max(500).default(''),
});

// Asking for a passkey challenge: to sign in with one alone, or as the second step after a password.
export const passkeyChallengeSchema = z.object({
  step: z.enum(['sign-in', 'second-step'], { error: 'Choose how the passkey is used' }),
});

// An admin's "Require two-factor sign-in for everyone" switch.
export const securityRulesSchema = z.object({
  requireSecondFactor: z.enum(['on', 'off'], { error: 'Choose whether two-factor sign-in is required' }),
});

// The first code from a newly added authenticator app.
export const confirmAuthenticatorSchema = z.object({
  code: z
    .string({ error: 'Enter the code' })
    .trim()
    .min(1, 'Enter the 6-digit code your app shows')
    .max(64, 'That code is too long'),
});

/** The most addresses a team notification goes to. */
export const MAX_TEAM_RECIPIENTS = 10;
const address = z.email();

// "Who is told about new enquiries, quotes and data requests": addresses separated by commas or new
// lines; none at all goes back to the site's default.
export const teamRecipientsSchema = z.object({
  recipients: z
    .string()
    .max(2_000, 'That list is too long')
    .transform((text) => [
      ...new Set(
        text
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((a) => a.toLowerCase()),
      ),
    ])
    .superRefine((list, ctx) => {
      const wrong = list.find((a) => !address.safeParse(a).success);
      if (wrong) ctx.addIssue({ code: 'custom', message: `“${wrong.slice(0, 80)}” is not an email address` });
      if (list.length > MAX_TEAM_RECIPIENTS)
        ctx.addIssue({ code: 'custom', message: `Give at most ${MAX_TEAM_RECIPIENTS} addresses` });
    }),
});
