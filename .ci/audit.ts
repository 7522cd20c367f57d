// CI's dependency audit of what production runs: `npm audit --omit=dev`, failing on any high or
// critical finding. Where the registry refuses the audit endpoint (as this network's mirror does),
// it says so loudly and checks instead: known advisories against the installed tree, and next, react
// and react-dom being the newest patch of their release line on the registry.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  flattenTree,
  matchKnownAdvisories,
  newestPatch,
  readAuditReport,
  type Finding,
  type KnownAdvisory,
} from '../lib/security/dependency-audit';

const root = path.join(import.meta.dirname, '..');
const CORE = ['next', 'react', 'react-dom'];

function npm(args: string[]): string {
  try {
    return execFileSync('npm', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '');
  }
}

function report(findings: Finding[]): void {
  for (const f of findings) console.log(`  ${f.severity.toUpperCase()} ${f.package}@${f.version}: ${f.title}`);
  if (findings.length) {
    console.log(`audit: ${findings.length} high or critical finding(s) in production dependencies`);
    process.exit(1);
  }
}

async function publishedVersions(name: string): Promise<string[]> {
  const registry = npm(['config', 'get', 'registry']).trim().replace(/\/$/, '');
  const res = await fetch(`${registry}/${name.replace('/', '%2f')}`, {
    headers: { accept: 'application/vnd.npm.install-v1+json' },
  });
  if (!res.ok) throw new Error(`registry answered ${res.status} for ${name}`);
  return Object.keys(((await res.json()) as { versions: Record<string, unknown> }).versions);
}

async function fallback(reason: string) {
  console.log(`audit: NOTE npm audit could not run: ${reason}`);
  console.log('audit: checking known advisories and release lines instead');
  const installed = flattenTree(
    JSON.parse(npm(['ls', '--omit=dev', '--all', '--json'])) as Parameters<typeof flattenTree>[0],
  );
  const file = JSON.parse(readFileSync(path.join(root, '.ci/known-advisories.json'), 'utf8')) as {
    advisories: KnownAdvisory[];
  };
  console.log(`audit: ${installed.length} production packages against ${file.advisories.length} known advisories`);
  report(matchKnownAdvisories(installed, file.advisories));
  const behind: Finding[] = [];
  for (const name of CORE) {
    const copy = installed.find((p) => p.name === name);
    if (!copy) throw new Error(`${name} is not installed`);
    const newest = newestPatch(copy.version, await publishedVersions(name));
    console.log(`audit: ${name}@${copy.version}, newest on its line ${newest}`);
    if (newest !== copy.version)
      behind.push({
        package: name,
        version: copy.version,
        severity: 'high',
        title: `${newest} is out: take the patch release`,
      });
  }
  report(behind);
  console.log('audit: no high or critical finding');
}

const outcome = readAuditReport(npm(['audit', '--omit=dev', '--json']));
if (outcome.kind === 'report') {
  console.log(`audit: npm audit --omit=dev: ${JSON.stringify(outcome.counts)}`);
  report(outcome.blocking);
  console.log('audit: no high or critical finding');
} else {
  await fallback(outcome.reason);
}
