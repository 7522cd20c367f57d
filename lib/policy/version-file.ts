// The source text of a policy version's file, as `npm run policy:new` writes it and
// `npm run policy:seal` completes it (scripts/policy-version.ts): plain data in the house style.
import type { PolicyVersion } from './types';

/** What a scaffolded version carries until its wording is final and its hashes are recorded. */
export const UNPUBLISHED = 'unpublished';

const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

// A value as a TypeScript literal: objects with bare keys, single-quoted strings, two-space indents.
export function literal(value: unknown, indent = 0): string {
  const pad = '  '.repeat(indent + 1);
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${pad}${literal(v, indent + 1)},\n`).join('')}${'  '.repeat(indent)}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k));
    return `{\n${entries.map(([k, v]) => `${pad}${key(k)}: ${literal(v, indent + 1)},\n`).join('')}${'  '.repeat(indent)}}`;
  }
  throw new Error(`cannot write a ${typeof value} into a policy version`);
}

// "2027-01-15" → "policy20270115", the name the version is exported under.
export const exportName = (id: string) => `policy${id.replace(/-/g, '')}`;

// The whole file for `version`.
export function versionFileSource(version: PolicyVersion): string {
  return `// The privacy policy as published on ${version.lastUpdated}: ${version.summary}
// Never edit a published version: add a new file, so consent records keep pointing at what was shown.
import type { PolicyVersion } from '../types';

export const ${exportName(version.id)}: PolicyVersion = ${literal(version)};
`;
}

const IMPORTS_MARK = "// (new versions' imports above this line)";
const LIST_MARK = '  // (new versions above this line)';

// versions/index.ts with `id` imported and listed last.
export function withVersionListed(indexSource: string, id: string): string {
  if (!indexSource.includes(IMPORTS_MARK) || !indexSource.includes(LIST_MARK))
    throw new Error('lib/policy/versions/index.ts has lost its markers');
  return indexSource
    .replace(IMPORTS_MARK, `import { ${exportName(id)} } from './${id}';\n${IMPORTS_MARK}`)
    .replace(LIST_MARK, `  ${exportName(id)},\n${LIST_MARK}`);
}

// A scaffolded file with its two hashes recorded in place of the placeholders.
export function sealedSource(fileSource: string, hashes: { recordedHash: string; recordedCookieHash: string }): string {
  let sealed = fileSource;
  for (const [key, hash] of Object.entries(hashes)) {
    const placeholder = `${key}: ${quote(UNPUBLISHED)},`;
    if (!sealed.includes(placeholder))
      throw new Error(`${key} is already recorded: a published version is never edited`);
    sealed = sealed.replace(placeholder, `${key}: ${quote(hash)},`);
  }
  return sealed;
}
