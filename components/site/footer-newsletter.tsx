'use client';
// The footer's newsletter sign-up. The root layout is not re-rendered when people move between pages
// with JavaScript, so the current path is read here, in the browser as on the server (where a
// prerendered copy is made under its internal address).
import { usePathname } from 'next/navigation';
import { LightNewsletterForm } from '@/components/forms/light-newsletter-form';
import { publicPath } from '@/lib/prerendered';

// Pages with a form of their own (the policy's sign-up, the enquiry, quote, feedback, competition and
// survey forms, the newsletter steps, the data-request pages) get no second one: one set of name and email fields per page,
// and no marketing sign-up beside a request to see, correct or erase data, or just after unsubscribing.
const hasOwnForm = (path: string) =>
  /^\/(newsletter|privacy-policy|privacy|contact|quote|feedback|competitions|surveys|unsubscribe)(\/|$)/.test(path);

// Rendered by the footer on every page; shows nothing where the page has its own form.
export function FooterNewsletter({ formToken }: { formToken: string }) {
  if (hasOwnForm(publicPath(usePathname()))) return null;
  return (
    <section aria-labelledby="footer-newsletter" className="footer-newsletter">
      <h2 id="footer-newsletter">Our newsletter</h2>
      <p>Monthly news on business energy prices, products and events. We email you a link to confirm first.</p>
      <LightNewsletterForm formToken={formToken} idPrefix="footer-newsletter" />
    </section>
  );
}
