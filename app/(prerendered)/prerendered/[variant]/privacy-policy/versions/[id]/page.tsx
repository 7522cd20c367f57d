import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PolicySection } from '@/components/policy/policy-section';
import { currentPolicy, formatPolicyDate, policyVersion, policyVersions, previousVersion } from '@/lib/policy';
import { changesPage, POLICY_PAGE, VERSIONS_PAGE } from '@/lib/policy/addresses';

export const dynamicParams = false;

// One page per published version, under each consent variant.
export function generateStaticParams() {
  return policyVersions.map((v) => ({ id: v.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const version = policyVersion((await params).id);
  return {
    title: version ? `Privacy policy of ${formatPolicyDate(version.lastUpdated)}` : 'Privacy policy',
    alternates: { canonical: version?.id === currentPolicy.id ? POLICY_PAGE : undefined },
  };
}

// A version word for word as it was published, with its own cookie list; nothing added to it.
export default async function PolicyVersionPage({ params }: Props) {
  const version = policyVersion((await params).id);
  if (!version) notFound();
  const previous = previousVersion(version.id);
  const date = formatPolicyDate(version.lastUpdated);
  const inForce = version.id === currentPolicy.id;
  return (
    <div className="container narrow policy">
      <h1>Privacy policy of {date}</h1>
      <div className="callout version-note" role="note">
        <p>
          {inForce ? (
            <>
              This is the version in force. It is also shown on our <Link href={POLICY_PAGE}>privacy policy</Link> page.
            </>
          ) : (
            <>
              This version was replaced. <Link href={POLICY_PAGE}>Read the privacy policy in force</Link>, or see{' '}
              <Link href={changesPage(currentPolicy.id, version.id)}>what has changed since</Link>.
            </>
          )}
        </p>
        <p>
          {previous ? (
            <>
              <Link href={changesPage(version.id, previous.id)}>What changed in this version</Link> ·{' '}
            </>
          ) : null}
          <Link href={VERSIONS_PAGE}>All versions</Link>
        </p>
      </div>
      {version.sections.map((section) => (
        <PolicySection key={section.id} section={section} cookies={version.cookies} />
      ))}
      <p className="policy-meta" data-policy-version={version.id}>
        This version was published <time dateTime={version.lastUpdated}>{date}</time>: {version.summary}
      </p>
    </div>
  );
}
