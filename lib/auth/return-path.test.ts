import { describe, expect, it } from 'vitest';
import { adminReturnPath, withReturnPath } from './return-path';

describe('adminReturnPath', () => {
  it('keeps back-office paths, with their query', () => {
    expect(adminReturnPath('/admin')).toBe('/admin');
    expect(adminReturnPath('/admin/requests?status=NEW&q=ada%40x')).toBe('/admin/requests?status=NEW&q=ada%40x');
  });

  it('refuses other sites, other pages and look-alikes', () => {
    for (const path of [
      '//evil.example/admin',
      'https://evil.example/admin',
      '/administration',
      '/privacy-policy',
      '/admin/<script>',
      '',
      null,
      undefined,
    ]) {
      expect(adminReturnPath(path), String(path)).toBeNull();
    }
  });
});

describe('withReturnPath', () => {
  it('adds a safe back-office path as next, encoded, and drops anything else', () => {
    expect(withReturnPath('/admin/sign-in/verify', '/admin/requests?status=NEW')).toBe(
      '/admin/sign-in/verify?next=%2Fadmin%2Frequests%3Fstatus%3DNEW',
    );
    expect(withReturnPath('/admin/sign-in', '//evil.example/admin')).toBe('/admin/sign-in');
    expect(withReturnPath('/admin/sign-in', null)).toBe('/admin/sign-in');
  });
});
