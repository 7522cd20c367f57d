// Field rules shared by every public form, with messages that say what to write.
import { z } from 'zod';

// Zod compiles parsers with `new Function` unless told not to; the site's CSP forbids eval.
z.config({ jitless: true });

// Rejects control characters (other than tab and line breaks in long text) with a clear message.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const noControl = (label: string) => (value: string) =>
  !CONTROL.test(value) || `${label} contains characters we can't accept`;

// A trimmed single-line text field with a length limit.
export function text(label: string, max: number, { required = true } = {}) {
  const base = z
    .string({ error: `Enter ${label.toLowerCase()}` })
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine((v) => noControl(label)(v) === true, { message: `${label} contains characters we can't accept` })
    .refine((v) => !/[\r\n]/.test(v), { message: `${label} must be on one line` });
  return required ? base.min(1, `Enter ${label.toLowerCase()}`) : base;
}

// Free text (messages) may span lines but not carry other control characters.
export function longText(label: string, max: number, { required = true } = {}) {
  const base = z
    .string({ error: `Enter ${label.toLowerCase()}` })
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .refine((v) => !CONTROL.test(v), { message: `${label} contains characters we can't accept` });
  return required ? base.min(1, `Enter ${label.toLowerCase()}`) : base;
}

export const email = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, 'Enter your email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.co.uk' }))
  .transform((v) => v.toLowerCase());

// UK numbers: 10 or 11 digits starting 0, or +44 followed by 9 or 10 digits; spaces, dashes and brackets allowed.
export const ukPhone = z
  .string()
  .trim()
  .max(30, 'Enter a UK phone number, like 01732 123456')
  .refine((v) => v === '' || /^(?:\+440?|0)\d{9,10}$/.test(v.replace(/[\s()-]/g, '')), {
    message: 'Enter a UK phone number, like 01732 123456 or +44 7700 900123',
  });

// An unticked checkbox sends nothing; a ticked one sends "yes".
export const checkbox = z
  .union([z.literal('yes'), z.literal('on'), z.literal(''), z.undefined(), z.boolean()])
  .transform((v) => v === true || v === 'yes' || v === 'on');

// Hidden fields every public form carries: the signed form token and the honeypot.
export const formMeta = {
  formToken: z.string().max(200).default(''),
  website: z.string().max(500).default(''),
};

// A record id from the address bar looks like a uuid before any query is made with it.
export function isUuid(value: string): boolean {
  return /^[0-9a-f-]{36}$/.test(value);
}
