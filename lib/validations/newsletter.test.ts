import { describe, expect, it } from 'vitest';
import { newsletterSchema } from './newsletter';
import { errorsOf } from './testing';

const errorsFor = (input: Record<string, unknown>) => errorsOf(newsletterSchema, input);

describe('newsletter schema', () => {
  it('accepts a ticked sign-up, trims, lower-cases the email; company is optional', () => {
    expect(
      newsletterSchema.parse({ name: ' Grace ', email: 'Grace@Example.com', marketingOptIn: 'yes' }),
    ).toMatchObject({
      name: 'Grace',
      email: 'grace@example.com',
      company: '',
      marketingOptIn: true,
    });
  });

  it('never treats a missing or empty box as consent', () => {
    for (const marketingOptIn of [undefined, '', false]) {
      expect(errorsFor({ name: 'Grace', email: 'grace@example.com', marketingOptIn })).toEqual({
        marketingOptIn: 'Tick the box to confirm you want the newsletter',
      });
    }
    expect(errorsFor({ name: 'Grace', email: 'grace@example.com', marketingOptIn: 'no' })).toHaveProperty(
      'marketingOptIn',
    );
  });

  it('names each problem in words that say what to do', () => {
    expect(errorsFor({ email: 'grace@', company: 'x'.repeat(151), marketingOptIn: 'yes' })).toEqual({
      name: 'Enter your name',
      email: 'Enter an email address in the correct format, like name@example.co.uk',
      company: 'Company name must be 150 characters or fewer',
    });
    expect(errorsFor({ name: 'Gr\u0007ace', email: 'a@b.co', marketingOptIn: 'yes' })).toEqual({
      name: "Your name contains characters we can't accept",
    });
  });
});
