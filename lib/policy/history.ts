// Which versions the site compares, and so every page of the policy's history: each version with the
// one before it, and every earlier version with the one in force, for a visitor asked to choose again.
import { changesPage, versionPage, VERSIONS_PAGE } from './addresses';
import { currentPolicy, policyVersions } from './index';

// Every pair of versions with a "what changed" page: each with the one before, each earlier one with the one in force.
export function comparedVersions(): { to: string; from: string }[] {
  const pairs = policyVersions.slice(1).map((v, i) => ({ to: v.id, from: policyVersions[i]!.id }));
  const sinceEarlier = policyVersions.slice(0, -2).map((v) => ({ to: currentPolicy.id, from: v.id }));
  return [...pairs, ...sinceEarlier];
}

// Every page of the policy's history, prerendered like the policy itself.
export function historyPages(): string[] {
  return [
    VERSIONS_PAGE,
    ...policyVersions.map((v) => versionPage(v.id)),
    ...comparedVersions().map((p) => changesPage(p.to, p.from)),
  ];
}
