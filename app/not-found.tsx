import SiteLayout from './(site)/layout';
import SiteNotFound from './(site)/not-found';

// Addresses no route claims get the site's own 404 page, in its usual frame.
export default function NotFound() {
  return (
    <SiteLayout>
      <SiteNotFound />
    </SiteLayout>
  );
}
