import type { Metadata } from 'next';
import Link from 'next/link';
import { currentPolicy, formatPolicyDate, policyVersions, previousVersion } from '@/lib/policy';
import { changesPage, POLICY_PAGE, versionPage } from '@/lib/policy/addresses';

export const metadata: Metadata = {
  title: 'Earlier versions of our privacy policy',
  description: 'Every version of Lumina Energy’s privacy policy, with what changed in each.',
};

// Prerendered once per consent variant: every published version, newest first.
export default function PolicyVersionsPage() {
  return (
    <div className="container narrow policy">
      <h1>Versions of our privacy policy</h1>
      <p>
        We keep this policy under review and post every update here. Each version stays readable at its own address, and
        for each we show what changed from the one before. The <Link href={POLICY_PAGE}>privacy policy</Link> page
        always shows the version in force.
      </p>
      <ol className="version-list" reversed>
        {[...policyVersions].reverse().map((version) => {
          const previous = previousVersion(version.id);
          return (
            <li key={version.id} data-version={version.id}>
              <h2>
                <Link href={versionPage(version.id)}>
                  <time dateTime={version.lastUpdated}>{formatPolicyDate(version.lastUpdated)}</time>
                </Link>
                {version.id === currentPolicy.id ? <span className="tag">In force</span> : null}
              </h2>
              <p>{version.summary}</p>
              {previous ? (
                <p>
                  <Link href={changesPage(version.id, previous.id)}>
                    What changed since {formatPolicyDate(previous.lastUpdated)}
                  </Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
