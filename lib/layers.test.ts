// lib flows one way: no module imports itself through others, and no two folders import each other,
// so pure helpers sit below the data layer and orchestration (lib/server, lib/jobs) above it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LIB = import.meta.dirname;
const ROOT = path.dirname(LIB);
const SKIPPED = new Set(['generated', 'testing']);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return SKIPPED.has(name) ? [] : sources(full);
    return /\.(ts|tsx|mjs)$/.test(name) && !isTest(name) ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, path.join(base, 'index.ts')]) {
    if (candidate.startsWith(LIB) && statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  return null;
}

// Every lib module and the lib modules it imports (static, dynamic and type-only imports alike).
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(LIB)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map((i) => resolve(file, i.fileName)).filter((t): t is string => !!t);
    graph.set(
      file,
      [...new Set(targets)].filter((t) => !SKIPPED.has(relative(t).split('/')[0]!)),
    );
  }
  return graph;
}

const relative = (file: string) => path.relative(LIB, file);
// lib/data/x.ts belongs to "data"; a file directly in lib is its own unit.
const unit = (file: string) =>
  relative(file)
    .split('/')[0]!
    .replace(/\.(ts|tsx|mjs)$/, '');

// A cycle in the graph, as the path that closes it, or null.
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    trail.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...trail.slice(trail.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    trail.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    if (state.has(node)) continue;
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

describe('lib layering', () => {
  const files = importGraph();

  it('reads the imports it checks', () => {
    expect(files.get(path.join(LIB, 'data', 'audit.ts'))).toContain(path.join(LIB, 'db', 'client.ts'));
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'a']);
  });

  it('has no circle of modules', () => {
    expect(findCycle(files)?.map(relative) ?? null).toBeNull();
  });

  it('has no circle of folders', () => {
    const folders = new Map<string, string[]>();
    for (const [file, targets] of files) {
      const from = unit(file);
      const to = targets.map(unit).filter((t) => t !== from);
      folders.set(from, [...new Set([...(folders.get(from) ?? []), ...to])]);
    }
    expect(findCycle(folders)).toBeNull();
  });
});
