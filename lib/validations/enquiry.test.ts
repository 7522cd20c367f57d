import { describe, expect, it } from 'vitest';
import { enquirySchema } from './enquiry';
import { errorsOf } from './testing';

const valid = {
  name: 'Ada Lovelace',
  email: 'Ada@Example.CO.UK',
  phone: '',
  company: 'Engines Ltd',
  message: 'Our contract ends in March.\nCan you help?',
  preferredContact: 'EMAIL',
};

const errorsFor = (input: Record<string, unknown>) => errorsOf(enquirySchema, input);

describe('enquiry schema', () => {
  it('accepts a complete enquiry, trims, and lower-cases the email; the opt-in is off unless ticked', () => {
    const parsed = enquirySchema.parse({ ...valid, name: '  Ada Lovelace ' });
    expect(parsed).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.co.uk', marketingOptIn: false });
    expect(enquirySchema.parse({ ...valid, marketingOptIn: 'yes' }).marketingOptIn).toBe(true);
  });

  it('reports every missing field at once, each in words that say what to do', () => {
    expect(errorsFor({ preferredContact: 'EMAIL' })).toEqual({
      name: 'Enter your name',
      email: 'Enter your email address',
      company: 'Enter company name',
      message: 'Enter your message',
    });
  });

  it.each([
    ['ada@', 'Enter an email address in the correct format, like name@example.co.uk'],
    ['ada example.com', 'Enter an email address in the correct format, like name@example.co.uk'],
    [`${'a'.repeat(250)}@x.com`, 'Email address must be 254 characters or fewer'],
  ])('rejects the email %j', (email, message) => {
    expect(errorsFor({ ...valid, email }).email).toBe(message);
  });

  it.each(['01732 123456', '+44 7700 900123', '07700900123', '(01732) 123-456', '+44 (0)1732 123456'])(
    'accepts the UK phone number %s',
    (phone) => {
      expect(errorsFor({ ...valid, phone })).toEqual({});
    },
  );

  it.each(['123', '+1 415 555 0100', 'call me', '0173212345678'])('rejects the phone number %s', (phone) => {
    expect(errorsFor({ ...valid, phone }).phone).toMatch(/Enter a UK phone number/);
  });

  it('needs a phone number when phone is the preferred contact', () => {
    expect(errorsFor({ ...valid, preferredContact: 'PHONE' }).phone).toBe(
      'Enter a phone number so we can call you, or choose email',
    );
  });

  it('refuses oversized, multi-line and control-character input with specific messages', () => {
    expect(errorsFor({ ...valid, message: 'x'.repeat(3_001) }).message).toBe(
      'Your message must be 3000 characters or fewer',
    );
    expect(errorsFor({ ...valid, name: 'Ada\nLovelace' }).name).toBe('Your name must be on one line');
    expect(errorsFor({ ...valid, company: 'Engines\u0000Ltd' }).company).toBe(
      "Company name contains characters we can't accept",
    );
    expect(errorsFor({ ...valid, preferredContact: 'PIGEON' }).preferredContact).toBe(
      'Choose how you would like us to contact you',
    );
  });

  it('keeps HTML and SQL-looking text as plain text (it is escaped when shown)', () => {
    const message = `<script>alert(1)</script> '; DROP TABLE "Enquiry"; --`;
    expect(enquirySchema.parse({ ...valid, message }).message).toBe(message);
  });
});
