import { describe, expect, it } from 'vitest';
import {
  flattenTree,
  matchKnownAdvisories,
  newestPatch,
  readAuditReport,
  type KnownAdvisory,
} from './dependency-audit';

const advisory: KnownAdvisory = {
  id: 'GHSA-test',
  package: 'next',
  severity: 'high',
  vulnerable: '>=16.0.0-0 <16.4.1',
  url: 'https://example.test/a',
};

describe('readAuditReport', () => {
  it('keeps only high and critical findings from a real report', () => {
    const json = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {
        next: { name: 'next', severity: 'high', range: '<16.4.1', via: [{ title: 'DoS in Server Actions' }] },
        ms: { name: 'ms', severity: 'low', range: '<2.0.0', via: [{ title: 'ReDoS' }] },
        foo: { name: 'foo', severity: 'critical', range: '*', via: ['next'] },
      },
      metadata: { vulnerabilities: { low: 1, high: 1, critical: 1 } },
    });
    const outcome = readAuditReport(json);
    expect(outcome.kind).toBe('report');
    if (outcome.kind !== 'report') return;
    expect(outcome.blocking.map((f) => [f.package, f.severity, f.title])).toEqual([
      ['next', 'high', 'DoS in Server Actions'],
      ['foo', 'critical', 'through next'],
    ]);
  });

  it('says why there is no report when the endpoint refuses or npm prints nothing', () => {
    expect(readAuditReport(JSON.stringify({ message: '405 Method Not Allowed', statusCode: 405 }))).toEqual({
      kind: 'unavailable',
      reason: '405 Method Not Allowed',
    });
    expect(readAuditReport('')).toEqual({ kind: 'unavailable', reason: 'npm audit printed no JSON' });
  });
});

describe('matchKnownAdvisories', () => {
  it('flags a copy inside the vulnerable range, prereleases included, and nothing outside it', () => {
    const found = matchKnownAdvisories(
      [
        { name: 'next', version: '16.4.0' },
        { name: 'next', version: '16.1.0-canary.3' },
        { name: 'next', version: '16.4.1' },
        { name: 'react', version: '16.0.0' },
      ],
      [advisory, { ...advisory, id: 'GHSA-low', severity: 'low', vulnerable: '*' }],
    );
    expect(found.map((f) => f.version)).toEqual(['16.4.0', '16.1.0-canary.3']);
  });
});

describe('newestPatch', () => {
  it('finds the newest release on the same major.minor line, ignoring other lines and prereleases', () => {
    const published = ['16.3.9', '16.4.5', '16.4.6', '16.4.7-canary.1', '16.5.0', '17.0.0'];
    expect(newestPatch('16.4.5', published)).toBe('16.4.6');
    expect(newestPatch('16.4.6', published)).toBe('16.4.6');
  });
});

describe('flattenTree', () => {
  it('lists each name@version once, however deep or often it appears', () => {
    const tree = {
      dependencies: {
        a: { version: '1.0.0', dependencies: { b: { version: '2.0.0' }, c: {} } },
        b: { version: '2.0.0', dependencies: { b: { version: '1.0.0' } } },
      },
    };
    expect(flattenTree(tree)).toEqual([
      { name: 'a', version: '1.0.0' },
      { name: 'b', version: '2.0.0' },
      { name: 'b', version: '1.0.0' },
    ]);
  });
});
