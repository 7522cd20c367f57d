import { describe, expect, it } from 'vitest';
import { errorText } from './logger';

describe('errorText', () => {
  it("keeps only the reason of a Prisma error, never the query's values drawn above it", () => {
    const error = Object.assign(
      new Error(
        '\nInvalid `prisma.subscriber.create()` invocation:\n\n{\n  data: {\n    email: "ada@example.co.uk"\n  }\n}\n\nUnique constraint failed on the fields: (`email`)',
      ),
      {
        name: 'PrismaClientKnownRequestError',
        code: 'P2002',
      },
    );
    expect(errorText(error)).toBe(
      'PrismaClientKnownRequestError P2002: Unique constraint failed on the fields: (`email`)',
    );
  });

  it('gives other errors their message', () => {
    expect(errorText(new Error('connect ECONNREFUSED 127.0.0.1:2525'))).toBe('connect ECONNREFUSED 127.0.0.1:2525');
    expect(errorText('plain')).toBe('plain');
  });
});
