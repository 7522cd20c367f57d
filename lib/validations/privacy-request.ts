// The data-rights request form (/privacy/request): one schema for the browser and the server action.
import { z } from 'zod';
import { email, formMeta, longText, text, ukPhone } from './common';

// Cookie consent ids are the uuids shown on /cookie-settings.
const consentId = z
  .string()
  .trim()
  .toLowerCase()
  .max(60, 'Your cookie consent ID is the 36-character code shown on the cookie settings page')
  .refine((v) => v === '' || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v), {
    message:
      'Your cookie consent ID is the 36-character code shown on the cookie settings page, like 1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  });

export const privacyRequestSchema = z
  .object({
    kind: z.enum(['access', 'rectification', 'erasure', 'objection'], { error: 'Choose what you would like us to do' }),
    name: text('Your name', 100),
    email,
    consentId: consentId.default(''),
    correctName: text('Correct name', 100, { required: false }).default(''),
    correctCompany: text('Correct company name', 150, { required: false }).default(''),
    correctPhone: ukPhone.default(''),
    details: longText('Details', 2_000, { required: false }).default(''),
    ...formMeta,
  })
  .superRefine((data, ctx) => {
    const asked = data.correctName || data.correctCompany || data.correctPhone || data.details;
    if (data.kind === 'rectification' && !asked) {
      ctx.addIssue({
        code: 'custom',
        path: ['correctName'],
        message: 'Tell us the correct name, company or phone number, or describe what is wrong',
      });
    }
  });

export type PrivacyRequestData = z.output<typeof privacyRequestSchema>;

/** The fields a correction can change on every record we hold, and how staff see them. */
export const correctableFields = { name: 'Name', company: 'Company name', phone: 'Phone number' } as const;
export type CorrectableField = keyof typeof correctableFields;

// The corrections a request asks for, without the empty ones.
export function correctionsOf(data: Pick<PrivacyRequestData, 'correctName' | 'correctCompany' | 'correctPhone'>) {
  const all: Record<CorrectableField, string> = {
    name: data.correctName,
    company: data.correctCompany,
    phone: data.correctPhone,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== '')) as Partial<
    Record<CorrectableField, string>
  >;
}
