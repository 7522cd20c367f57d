// A consent record's policy version as a link to that version's permanent page, named by its date
// (an id no published version has, such as a test's, is shown as it was recorded).
import Link from 'next/link';
import { formatPolicyDate, policyVersion } from '@/lib/policy';
import { versionPage } from '@/lib/policy/addresses';

export function PolicyVersionLink({ id }: { id: string }) {
  const version = policyVersion(id);
  if (!version) return <>{id}</>;
  return (
    <Link href={versionPage(version.id)} prefetch={false}>
      <time dateTime={version.lastUpdated}>{formatPolicyDate(version.lastUpdated)}</time>
    </Link>
  );
}
