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
