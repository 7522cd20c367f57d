import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PolicyChanges } from '@/components/policy/policy-changes';
import { formatPolicyDate, policyVersion } from '@/lib/policy';
import { versionPage, VERSIONS_PAGE } from '@/lib/policy/addresses';
import { policyDiff } from '@/lib/policy/diff';
import { comparedVersions } from '@/lib/policy/history';

export const dynamicParams = false;

// The pairs compared: each version with the one before it, and each earlier one with the one in force.
export function generateStaticParams() {
  return comparedVersions().map(({ to, from }) => ({ id: to, from }));
}

type Props = { params: Promise<{ id: string; from: string }> };

async function versions(params: Props['params']) {
  const { id, from } = await params;
  return { after: policyVersion(id), before: policyVersion(from) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { after, before } = await versions(params);
  if (!after || !before) return { title: 'Privacy policy changes' };
  return {
    title: `Privacy policy: what changed from ${formatPolicyDate(before.lastUpdated)} to ${formatPolicyDate(after.lastUpdated)}`,
  };
}

// What changed between two versions, section by section and word by word; readable without
// JavaScript, by screen readers (each change says what it is) and on paper.
export default async function PolicyChangesPage({ params }: Props) {
  const { after, before } = await versions(params);
  if (!after || !before) notFound();
  const [from, to] = [formatPolicyDate(before.lastUpdated), formatPolicyDate(after.lastUpdated)];
  const sections = policyDiff(before, after);
  return (
    <div className="container narrow policy">
      <h1>What changed in our privacy policy</h1>
      <p className="lead">
        From the version of <Link href={versionPage(before.id)}>{from}</Link> to the version of{' '}
        <Link href={versionPage(after.id)}>{to}</Link>: {after.summary}
      </p>
      <p>
        Added words are <ins>underlined</ins> and removed words are <del>struck through</del>; each is also announced as
        added or removed. Sections with no changes are listed by name only.
      </p>
      <PolicyChanges sections={sections} />
      <p>
        <Link href={VERSIONS_PAGE}>All versions of the policy</Link>
      </p>
    </div>
  );
}
