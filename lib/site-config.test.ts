import { describe, expect, it } from 'vitest';
import { organisation, telephoneHref } from './site-config';

describe('the organisation’s details', () => {
  it('invents no phone number: none was given', () => {
    expect(organisation.phone).toBeNull();
  });

  it('links a UK number as people write it in international form', () => {
    expect(telephoneHref('01732 123456')).toBe('tel:+441732123456');
    expect(telephoneHref('+44 (0)1732 123456')).toBe('tel:+441732123456');
  });
});
