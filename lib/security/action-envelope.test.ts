import { describe, expect, it } from 'vitest';
import { damagedEnvelope } from './action-envelope';

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
};
const headers = (h: Record<string, string> = {}) => new Headers(h);
const REF = { $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"7f00","bound":"$@1"}', '$ACTION_1:1': '[{"status":"idle"}]' };

describe('damagedEnvelope', () => {
  it('lets through what Next.js renders and sends', () => {
    expect(damagedEnvelope({ headers: headers(), form: formOf({ ...REF, name: 'Ada' }), text: null })).toBe(false);
    expect(damagedEnvelope({ headers: headers(), form: formOf({ $ACTION_ID_7f00: '', a: 'b' }), text: null })).toBe(
      false,
    );
    const call = headers({ 'next-action': '7f00' });
    expect(damagedEnvelope({ headers: call, form: formOf({ '1_name': 'Ada', 0: '["$K1"]' }), text: null })).toBe(false);
    expect(damagedEnvelope({ headers: call, form: null, text: '[]' })).toBe(false);
    // Not an action at all: a route's own form.
    expect(damagedEnvelope({ headers: headers(), form: formOf({ choice: 'reject' }), text: null })).toBe(false);
  });

  it.each([
    ['a reference without its action', { $ACTION_REF_1: '' }],
    ['a reference that is not JSON', { ...REF, '$ACTION_1:0': '{"id":' }],
    ['a reference with no id', { ...REF, '$ACTION_1:0': '{"bound":null}' }],
    ['bound state that is not JSON', { ...REF, '$ACTION_1:1': 'notjson' }],
  ])('finds a no-JavaScript form with %s damaged', (_, fields) => {
    expect(damagedEnvelope({ headers: headers(), form: formOf(fields), text: null })).toBe(true);
  });

  it('finds a call whose arguments are not JSON damaged', () => {
    const call = headers({ 'next-action': '7f00' });
    expect(damagedEnvelope({ headers: call, form: formOf({ 0: 'notjson' }), text: null })).toBe(true);
    expect(damagedEnvelope({ headers: call, form: null, text: 'notjson' })).toBe(true);
  });
});
