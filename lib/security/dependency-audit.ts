// What the CI audit decides, kept pure so it can be tested: npm audit's own report when the
// registry answers it, and otherwise the installed tree against known advisories and the registry.
import semver from 'semver';

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';
export type Installed = { name: string; version: string };
export type KnownAdvisory = { id: string; package: string; severity: Severity; vulnerable: string; url: string };
export type Finding = { package: string; version: string; severity: Severity; title: string };

const BLOCKING: readonly Severity[] = ['high', 'critical'];

export type AuditOutcome =
  | { kind: 'report'; blocking: Finding[]; counts: Partial<Record<Severity, number>> }
  | { kind: 'unavailable'; reason: string };

type NpmVulnerability = { name: string; severity: Severity; range: string; via: unknown[] };

// Reads `npm audit --json`: either a report (with the high and critical findings) or why there is none.
export function readAuditReport(json: string): AuditOutcome {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return { kind: 'unavailable', reason: 'npm audit printed no JSON' };
  }
  const metadata = parsed.metadata as { vulnerabilities?: Partial<Record<Severity, number>> } | undefined;
  if (!metadata?.vulnerabilities) {
    return { kind: 'unavailable', reason: typeof parsed.message === 'string' ? parsed.message : 'no report' };
  }
  const vulnerabilities = Object.values((parsed.vulnerabilities ?? {}) as Record<string, NpmVulnerability>);
  const blocking = vulnerabilities
    .filter((v) => BLOCKING.includes(v.severity))
    .map((v) => ({ package: v.name, version: v.range, severity: v.severity, title: describeVia(v.via) }));
  return { kind: 'report', blocking, counts: metadata.vulnerabilities };
}

function describeVia(via: unknown[]): string {
  const titles = via.map((v) => (typeof v === 'string' ? `through ${v}` : String((v as { title?: string }).title)));
  return titles.join('; ');
}

// Every installed copy that a known high or critical advisory covers.
export function matchKnownAdvisories(installed: Installed[], advisories: KnownAdvisory[]): Finding[] {
  return installed.flatMap((copy) =>
    advisories
      .filter((a) => a.package === copy.name && BLOCKING.includes(a.severity))
      .filter((a) => semver.satisfies(copy.version, a.vulnerable, { includePrerelease: true }))
      .map((a) => ({ package: copy.name, version: copy.version, severity: a.severity, title: `${a.id} ${a.url}` })),
  );
}

// The newest published release on the installed version's major.minor line, where fixes land as patches.
export function newestPatch(installed: string, published: string[]): string {
  const line = `~${semver.major(installed)}.${semver.minor(installed)}.0`;
  return semver.maxSatisfying(published, line) ?? installed;
}

// Flattens `npm ls --all --json` into distinct name@version pairs.
export function flattenTree(tree: { dependencies?: Record<string, unknown> }): Installed[] {
  const seen = new Map<string, Installed>();
  const walk = (deps: Record<string, unknown> | undefined) => {
    for (const [name, node] of Object.entries(deps ?? {})) {
      const n = node as { version?: string; dependencies?: Record<string, unknown> };
      if (n.version) seen.set(`${name}@${n.version}`, { name, version: n.version });
      walk(n.dependencies);
    }
  };
  walk(tree.dependencies);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}
