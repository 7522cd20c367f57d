import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { policyVersions } from './index';
import { literal, sealedSource, UNPUBLISHED, versionFileSource, withVersionListed } from './version-file';

const index = readFileSync(join(import.meta.dirname, 'versions', 'index.ts'), 'utf8');

describe('policy version files', () => {
  it('writes a version as a literal that reads back as the same data, quotes and all', () => {
    const version = {
      ...policyVersions[0]!,
      summary: String.raw`Rewrote the owner’s name; added 'quotes' and a back\slash`,
    };
    const source = versionFileSource(version);
    const body = source
      .slice(source.indexOf('= ') + 2)
      .trim()
      .replace(/;$/, '');
    expect(runInNewContext(`(${body})`)).toEqual(version);
    expect(literal(version.cookies)).toContain("pattern: '^_gat(_.+)?$'");
  });

  it('lists a new version after the others, and seals its hashes only once', () => {
    const listed = withVersionListed(index, '2099-01-01');
    expect(listed).toContain("import { policy20990101 } from './2099-01-01';");
    expect(listed.indexOf('policy20990101,')).toBeGreaterThan(
      listed.lastIndexOf(`policy${policyVersions.at(-1)!.id.replace(/-/g, '')},`),
    );
    const scaffold = versionFileSource({
      ...policyVersions[0]!,
      recordedHash: UNPUBLISHED,
      recordedCookieHash: UNPUBLISHED,
    });
    const sealed = sealedSource(scaffold, { recordedHash: 'a'.repeat(64), recordedCookieHash: 'b'.repeat(64) });
    expect(sealed).toContain(`recordedHash: '${'a'.repeat(64)}',`);
    expect(() => sealedSource(sealed, { recordedHash: 'c'.repeat(64), recordedCookieHash: 'd'.repeat(64) })).toThrow(
      /never edited/,
    );
  });
});
