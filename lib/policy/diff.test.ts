import { describe, expect, it } from 'vitest';
import { policyDiff, wordDiff } from './diff';
import { cookieListOf } from './hash';
import { policyVersions } from './index';
import type { PolicyBlock, PolicyVersion } from './types';

// The first published version: the edits below are made to its known wording.
const first = policyVersions[0]!;

// A copy of the first version with its section's first paragraph changed by `edit`.
function edited(sectionId: string, edit: (text: string) => string): PolicyVersion {
  let done = false;
  const change = (b: PolicyBlock): PolicyBlock => {
    if (done || b.type !== 'paragraph') return b;
    done = true;
    return { type: 'paragraph', text: edit(b.text) };
  };
  const sections = first.sections.map((s) => (s.id === sectionId ? { ...s, blocks: s.blocks.map(change) } : s));
  return { ...first, id: 'next', lastUpdated: '2027-01-01', sections };
}

const marked = (pieces: { text: string; change?: string }[]) =>
  pieces.filter((p) => p.change).map((p) => `${p.change}:${p.text}`);

describe('policy diff', () => {
  it("reads each version's own cookie list, not today's registry", () => {
    const older = { ...first, cookies: cookieListOf().filter((c) => c.name !== '_gat') };
    const added = policyDiff(older, first).flatMap((s) => s.lines.filter((l) => l.change));
    expect(added).toEqual([
      {
        kind: 'cookie',
        change: 'added',
        pieces: [{ text: expect.stringMatching(/^_gat \(analytics\): /), change: 'added' }],
      },
    ]);
  });

  it('marks exactly the words that were edited', () => {
    expect(
      marked(
        wordDiff('a company owned by Kent County Council.', 'a company owned by Surrey County Council, since 2027.'),
      ),
    ).toEqual(['removed:Kent', 'added:Surrey', 'added:, since 2027']);
  });

  it('finds the one edited paragraph and leaves every other section unchanged', () => {
    const next = edited('privacy-policy', (t) => t.replace('Kent County Council', 'Surrey County Council'));
    const sections = policyDiff(first, next);
    expect(sections.map((s) => s.id)).toEqual(first.sections.map((s) => s.id));
    expect(sections.filter((s) => s.change).map((s) => s.id)).toEqual(['privacy-policy']);
    const lines = sections[0]!.lines.filter((l) => l.change);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.change).toBe('edited');
    expect(marked(lines[0]!.pieces)).toEqual(['removed:Kent', 'added:Surrey']);
    expect(lines[0]!.pieces.map((p) => p.text).join('')).toContain('a company wholly-owned by ');
  });

  it('shows a cookie added to the list, and a changed expiry word by word', () => {
    const next = structuredClone<PolicyVersion>(first);
    const ga = next.cookies.find((c) => c.name === '_ga')!;
    const cookies = next.cookies.map((c) => (c === ga ? { ...c, expiry: '13 months' } : c));
    const withNew = { ...next, cookies: [...cookies, { ...ga, name: '_gid', expiry: '24 hours' }] };
    const cookieSection = policyDiff(first, withNew).find((s) => s.id === 'cookies')!;
    expect(cookieSection.change).toBe('edited');
    const changed = cookieSection.lines.filter((l) => l.change);
    expect(changed.map((l) => [l.kind, l.change])).toEqual([
      ['cookie', 'edited'],
      ['cookie', 'added'],
    ]);
    expect(marked(changed[0]!.pieces)).toEqual(['removed:2 years', 'added:13 months']);
    expect(changed[1]!.pieces[0]!.text).toMatch(/^_gid \(analytics\): .* Expires: 24 hours\.$/);
  });

  it('shows a removed section whole, and a new one whole', () => {
    const next = structuredClone<PolicyVersion>(first);
    const sections = [
      ...next.sections.filter((s) => s.id !== 'marketing'),
      {
        id: 'new-rights',
        number: 10,
        title: 'Your rights',
        blocks: [{ type: 'paragraph' as const, text: 'You may complain to the ICO.' }],
      },
    ];
    const diff = policyDiff(first, { ...next, sections });
    expect(diff.find((s) => s.id === 'marketing')).toMatchObject({
      change: 'removed',
      title: [{ text: 'Marketing', change: 'removed' }],
    });
    expect(diff.at(-1)).toMatchObject({
      id: 'new-rights',
      change: 'added',
      lines: [
        { kind: 'paragraph', change: 'added', pieces: [{ text: 'You may complain to the ICO.', change: 'added' }] },
      ],
    });
  });
});
