import type { MetadataRoute } from 'next';
import { PUBLIC_PAGES } from '@/lib/crawl';
import { env } from '@/lib/env';
import { currentPolicy, policyVersions } from '@/lib/policy';
import { versionPage } from '@/lib/policy/addresses';

/** The policy's pages, with the date each was last changed. */
const dated = new Map([
  ['/privacy-policy', currentPolicy.lastUpdated],
  ...policyVersions.map((v) => [versionPage(v.id), v.lastUpdated] as const),
]);

export const dynamic = 'force-dynamic';

// /sitemap.xml: the public pages, the policy and each of its versions with the date it was last updated.
export default function sitemap(): MetadataRoute.Sitemap {
  return PUBLIC_PAGES.map((page) => ({
    url: `${env.SITE_URL}${page === '/' ? '' : page}`,
    ...(dated.has(page) ? { lastModified: dated.get(page) } : {}),
  }));
}
