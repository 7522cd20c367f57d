import { describe, expect, it } from 'vitest';
import { consoleMessage } from './console';

describe('consoleMessage', () => {
  it('prints an error as its reason and digest, never the query drawn in a Prisma message', () => {
    const error = Object.assign(
      new Error(
        'Invalid `prisma.enquiry.findFirst()` invocation:\n{ where: { email: "ada@example.co.uk" } }\n\nTimed out',
      ),
      {
        name: 'PrismaClientKnownRequestError',
        digest: '1234567',
      },
    );
    const message = consoleMessage(['⨯', error]);
    expect(message).toBe('⨯ PrismaClientKnownRequestError: Timed out (digest 1234567)');
    expect(message).not.toContain('ada@');
  });

  it('formats other arguments as console does', () => {
    expect(consoleMessage(['%s of %d', 'one', 2])).toBe('one of 2');
  });
});
