import { describe, expect, it } from 'vitest';
import { adminReturnPath } from './return-path';

describe('adminReturnPath', () => {
  it('keeps back-office paths, with their query', () => {
    expect(adminReturnPath('/admin')).toBe('/admin');
    expect(adminReturnPath('/admin/requests?status=NEW&q=ada%40x')).toBe('/admin/requests?status=NEW&q=ada%40x');
  });

  it('refuses other sites, other pages and look-alikes', () => {
    for (const path of ['//evil.example/admin', 'https://evil.example/admin', '/administration', '/privacy-policy', '/admin/<script>', '', null, undefined]) {
      expect(adminReturnPath(path), String(path)).toBeNull();
    }
  });
});
