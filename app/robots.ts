import type { MetadataRoute } from 'next';
import { NOT_FOR_CRAWLERS } from '@/lib/crawl';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

// /robots.txt: everything public may be crawled but the back office, token pages and form answers.
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/', disallow: NOT_FOR_CRAWLERS }, sitemap: `${env.SITE_URL}/sitemap.xml` };
}
