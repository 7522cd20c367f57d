// What search engines are told: the public pages worth listing, and what they must not crawl (the
// back office, pages whose address carries a token, and the pages a form answers with).
import { PRIVATE_PREFIXES } from './consent/private-paths';
import { policyVersions } from './policy';
import { VERSIONS_PAGE, versionPage } from './policy/addresses';

/** The pages listed in sitemap.xml. */
export const PUBLIC_PAGES = [
  '/',
  '/privacy-policy',
  VERSIONS_PAGE,
  ...policyVersions.map((v) => versionPage(v.id)),
  '/contact',
  '/quote',
  '/newsletter',
  '/feedback',
  '/testimonials',
  '/surveys',
  '/competitions',
  '/privacy/request',
  '/cookie-settings',
];

const ANSWER_PAGES = [
  '/contact/thank-you',
  '/quote/thank-you',
  '/newsletter/check-email',
  '/newsletter/confirmed',
  '/privacy/request/check-email',
  '/feedback/thank-you',
  '/surveys/thank-you',
  '/competitions/entered',
];

/** Disallowed in robots.txt (each page also says noindex itself). */
export const NOT_FOR_CRAWLERS = [...PRIVATE_PREFIXES, ...ANSWER_PAGES];
