// The bottom of every page: contact details, the legal entity, feedback, surveys and competitions,
// and the privacy links.
import Link from 'next/link';
import { organisation } from '@/lib/site-config';
import { ContactDetails } from './contact-details';
import { FooterNewsletter } from './footer-newsletter';

// Rendered on every page by the site's frame; without a token, the sign-up asks for one when used.
export function SiteFooter({ formToken }: { formToken?: string }) {
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <FooterNewsletter formToken={formToken ?? ''} />
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact">Contact us</h2>
          <ContactDetails compact />
        </section>
        <nav aria-label="Have your say">
          <h2>Have your say</h2>
          <ul>
            <li>
              <Link href="/feedback">Give us feedback</Link>
            </li>
            <li>
              <Link href="/surveys">Customer survey</Link>
            </li>
            <li>
              <Link href="/competitions">Competitions</Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="Privacy">
          <h2>Your privacy</h2>
          <ul>
            <li>
              <Link href="/privacy-policy">Privacy policy</Link>
            </li>
            <li>
              <Link href="/cookie-settings">Cookie settings</Link>
            </li>
            <li>
              <Link href="/privacy/request">Your data: copy, correct or delete</Link>
            </li>
            <li>
              <Link href="/newsletter">Newsletter sign-up</Link>
            </li>
          </ul>
        </nav>
        <p className="legal">
          {organisation.shortName} is a trading style of {organisation.legalName}, a company wholly-owned by{' '}
          {organisation.owner}.
        </p>
      </div>
    </footer>
  );
}
