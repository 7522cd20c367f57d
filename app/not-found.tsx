import { SiteFrame } from '@/components/site/site-frame';
import { viewOfVariant } from '@/lib/consent/variant';
import SiteNotFound from './(site)/not-found';

// Addresses no route claims get the site's own 404 page, in its usual frame. Next.js puts this page in
// every page's payload, so it reads nothing from the request (that would make the content pages render
// per request): it is prerendered once, without the banner or analytics. The banner asks on the next page.
export default function NotFound() {
  return (
    <SiteFrame view={viewOfVariant('off')}>
      <SiteNotFound />
    </SiteFrame>
  );
}
