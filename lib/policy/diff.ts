// What changed between two versions of the policy, section by section and word by word: the
// "what changed" pages render this. Sections are matched by their anchor; within a section, lines
// (paragraphs, list items, subheadings, cookie table rows) are matched first, then an edited line is
// compared word by word (jsdiff), so only the words that changed are marked.
import { diffArrays, diffWords } from 'diff';
import type { PolicyBlock, PolicyCookie, PolicySection, PolicyVersion } from './types';
import { cookieCategories } from '../consent/registry';

export type Piece = { text: string; change?: 'added' | 'removed' };
export type LineKind = 'paragraph' | 'item' | 'subheading' | 'cookie' | 'contact';
export type LineDiff = { kind: LineKind; pieces: Piece[]; change?: 'added' | 'removed' | 'edited' };
export type SectionDiff = {
  id: string;
  number: number;
  title: Piece[];
  change?: 'added' | 'removed' | 'edited';
  lines: LineDiff[];
};

type Line = { kind: LineKind; text: string };

const categoryLabel = (id: string) => cookieCategories.find((c) => c.id === id)?.label ?? id;

// A cookie table row as one line of text, so a changed purpose or expiry shows word by word.
export function cookieLine(cookie: PolicyCookie): string {
  return `${cookie.name} (${categoryLabel(cookie.category).toLowerCase()}): ${cookie.purpose} Expires: ${cookie.expiry}.`;
}

function linesOf(blocks: readonly PolicyBlock[], cookies: readonly PolicyCookie[]): Line[] {
  return blocks.flatMap((block): Line[] => {
    switch (block.type) {
      case 'paragraph':
      case 'subheading':
        return [{ kind: block.type, text: block.text }];
      case 'list':
        return block.items.map((text) => ({ kind: 'item', text }));
      case 'cookie-table':
        return cookies.map((cookie) => ({ kind: 'cookie', text: cookieLine(cookie) }));
      case 'contact-details':
        return [{ kind: 'contact', text: 'Our contact details.' }];
    }
  });
}

// The words of `before` and `after` as one run of pieces: kept, removed and added.
export function wordDiff(before: string, after: string): Piece[] {
  return diffWords(before, after).map((c) =>
    c.added ? { text: c.value, change: 'added' } : c.removed ? { text: c.value, change: 'removed' } : { text: c.value },
  );
}

const whole = (line: Line, change: 'added' | 'removed'): LineDiff => ({
  kind: line.kind,
  change,
  pieces: [{ text: line.text, change }],
});

function lineDiffs(before: Line[], after: Line[]): LineDiff[] {
  const same = (a: Line, b: Line) => a.kind === b.kind && a.text === b.text;
  const out: LineDiff[] = [];
  let removed: Line[] = [];
  // A run of removed lines followed by added ones: lines of the same kind, in order, are edits.
  const flush = (added: Line[]) => {
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++) {
      const [old, now] = [removed[i]!, added[i]!];
      if (old.kind === now.kind) out.push({ kind: now.kind, change: 'edited', pieces: wordDiff(old.text, now.text) });
      else out.push(whole(old, 'removed'), whole(now, 'added'));
    }
    for (const line of removed.slice(pairs)) out.push(whole(line, 'removed'));
    for (const line of added.slice(pairs)) out.push(whole(line, 'added'));
    removed = [];
  };
  for (const part of diffArrays(before, after, { comparator: same })) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) flush(part.value);
    else {
      flush([]);
      out.push(...part.value.map((line) => ({ kind: line.kind, pieces: [{ text: line.text }] })));
    }
  }
  flush([]);
  return out;
}

function sectionDiff(
  before: PolicySection | undefined,
  after: PolicySection | undefined,
  cookies: [readonly PolicyCookie[], readonly PolicyCookie[]],
): SectionDiff {
  const section = (after ?? before)!;
  const lines = lineDiffs(
    before ? linesOf(before.blocks, cookies[0]) : [],
    after ? linesOf(after.blocks, cookies[1]) : [],
  );
  const title =
    before && after
      ? wordDiff(before.title, after.title)
      : [{ text: section.title, change: after ? ('added' as const) : ('removed' as const) }];
  const edited = lines.some((l) => l.change) || title.some((p) => p.change) || before?.number !== after?.number;
  const change = !before ? 'added' : !after ? 'removed' : edited ? 'edited' : undefined;
  return { id: section.id, number: section.number, title, change, lines };
}

// Every section of `after`, and any `before` had that `after` dropped, each with what changed in it.
export function policyDiff(before: PolicyVersion, after: PolicyVersion): SectionDiff[] {
  const cookies: [readonly PolicyCookie[], readonly PolicyCookie[]] = [before.cookies, after.cookies];
  const find = (v: PolicyVersion, id: string) => v.sections.find((s) => s.id === id);
  const ids = diffArrays(
    before.sections.map((s) => s.id),
    after.sections.map((s) => s.id),
  ).flatMap((part) => part.value);
  return [...new Set(ids)].map((id) => sectionDiff(find(before, id), find(after, id), cookies));
}
