import { describe, expect, it } from 'vitest';
import { parsePasskeyAnswer } from './passkey-answer';

const answer = {
  id: 'abc',
  rawId: 'abc',
  type: 'public-key',
  response: { clientDataJSON: 'eyJ9', authenticatorData: 'x', signature: 'y' },
};

describe('a browser’s passkey answer', () => {
  it('passes on an answer with a passkey answer’s outline, keeping its other fields for the library', () => {
    expect(parsePasskeyAnswer(JSON.stringify(answer))).toEqual({ ...answer, clientExtensionResults: {} });
  });

  it.each([
    ['not JSON', '{"id":'],
    ['JSON of another shape', '[1,2,3]'],
    ['another credential type', JSON.stringify({ ...answer, type: 'password' })],
    ['no client data', JSON.stringify({ ...answer, response: {} })],
    ['an oversized ID', JSON.stringify({ ...answer, id: 'a'.repeat(2_000) })],
  ])('turns away %s', (_what, text) => {
    expect(parsePasskeyAnswer(text)).toBeNull();
  });
});
