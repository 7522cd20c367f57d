// Which secret values the site refuses: short ones, and any that has been published (the development
// defaults that earlier versions shipped in their source, or anything shaped like them).

export const MIN_SECRET_LENGTH = 32;

const PUBLISHED = [
  'lumina-development-salt',
  'lumina-development-form-secret',
  'lumina-development-unsubscribe-secret',
  'lumina-development-suppression',
];

// Why `value` may not be used as a secret, or null when it may.
export function weakSecretReason(value: string): string | null {
  if (PUBLISHED.includes(value) || value.startsWith('lumina-development')) return 'is a published development value';
  if (value.length < MIN_SECRET_LENGTH) return `is shorter than ${MIN_SECRET_LENGTH} characters`;
  return null;
}
