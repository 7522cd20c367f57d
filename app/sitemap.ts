import type { MetadataRoute } from 'next';
import { PUBLIC_PAGES } from '@/lib/crawl';
import { env } from '@/lib/env';
import { currentPolicy } from '@/lib/policy';

export const dynamic = 'force-dynamic';

// /sitemap.xml: the public pages, the policy with the date it was last updated.
export default function sitemap(): MetadataRoute.Sitemap {
  return PUBLIC_PAGES.map((page) => ({
    url: `${env.SITE_URL}${page === '/' ? '' : page}`,
    ...(page === '/privacy-policy' ? { lastModified: currentPolicy.lastUpdated } : {}),
  }));
}
