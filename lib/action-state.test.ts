import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formValues, validatedAction } from './action-state';

describe('form values sent back with errors', () => {
  it('keeps what was typed, except passwords, and the first of repeated keys', () => {
    const data = new FormData();
    data.append('email', 'ada@example.com');
    data.append('email', 'second@example.com');
    data.append('password', 'secret one');
    data.append('confirmPassword', 'secret two');
    data.append('$ACTION_ID_abc', '');
    expect(formValues(data)).toEqual({ email: 'ada@example.com', password: '', confirmPassword: '' });
  });

  it('still validates the password that was sent', async () => {
    const action = validatedAction(z.object({ password: z.string().min(12, 'Too short') }), async () => ({
      status: 'idle',
    }));
    const data = new FormData();
    data.append('password', 'short');
    expect(await action({ status: 'idle' }, data)).toEqual({
      status: 'error',
      fieldErrors: { password: 'Too short' },
      values: { password: '' },
    });
  });
});

describe('an action called with its arguments out of place', () => {
  const action = validatedAction(z.object({ name: z.string({ error: 'Enter your name' }) }), async (data) => ({
    status: 'done',
    message: `Hello ${data.name}`,
  }));
  const form = new FormData();
  form.set('name', 'Ada');

  it('reads the form it was given first (a plain form action), or answers as for an empty form', async () => {
    const asPlain = action as unknown as (form: FormData) => ReturnType<typeof action>;
    expect(await asPlain(form)).toEqual({ status: 'done', message: 'Hello Ada' });
    const nothing = action as unknown as (...args: unknown[]) => ReturnType<typeof action>;
    expect(await nothing({ a: 1 }, 'x')).toMatchObject({ status: 'error', fieldErrors: { name: 'Enter your name' } });
  });
});
