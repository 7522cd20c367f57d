import type { Metadata } from 'next';
import Link from 'next/link';
import { NewsletterForm } from '@/components/forms/newsletter-form';
import { PolicySection } from '@/components/policy/policy-section';
import { currentPolicy, currentPolicyHash, formatPolicyDate } from '@/lib/policy';
import { VERSIONS_PAGE } from '@/lib/policy/addresses';

export const metadata: Metadata = {
  title: 'Privacy policy',
  description: 'How Lumina Energy collects, uses and protects your information, and the cookies this site uses.',
};

// Prerendered once per consent variant; its sign-up form gets a token when it is used.
export default function PrivacyPolicyPage() {
  const lastUpdated = formatPolicyDate(currentPolicy.lastUpdated);
  return (
    <div className="container narrow policy">
      <h1>Privacy policy</h1>
      <nav aria-labelledby="policy-contents" className="policy-toc">
        <h2 id="policy-contents">Contents</h2>
        <ol>
          {currentPolicy.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {currentPolicy.sections.map((section) => (
        <PolicySection key={section.id} section={section} cookies={currentPolicy.cookies}>
          {section.id === 'cookies' ? (
            <p className="callout">
              You can accept or refuse analytics cookies, or change your mind, at any time in{' '}
              <Link href="/cookie-settings">your cookie settings</Link>.
            </p>
          ) : null}
          {section.id === 'access-to-your-information' || section.id === 'updating-information' ? (
            <p className="callout">
              {section.id === 'access-to-your-information'
                ? 'Ask for a copy of your information'
                : 'Ask us to correct or remove your information'}{' '}
              online with our <Link href="/privacy/request">data request form</Link>: we confirm it is you by email,
              then answer within one calendar month.
            </p>
          ) : null}
          {section.id === 'marketing' ? (
            <section className="callout" aria-labelledby="policy-newsletter">
              <h3 id="policy-newsletter">Sign up to our newsletter</h3>
              <p>
                We send it only to people who ask for it and confirm their email address. You can unsubscribe from any
                issue with one click.
              </p>
              <NewsletterForm formToken="" idPrefix="policy-newsletter" />
            </section>
          ) : null}
        </PolicySection>
      ))}
      <p className="policy-meta" data-policy-version={currentPolicy.id} data-policy-hash={currentPolicyHash}>
        This privacy policy was last updated <time dateTime={currentPolicy.lastUpdated}>{lastUpdated}</time>.{' '}
        <Link href={VERSIONS_PAGE}>Earlier versions, and what changed in each</Link>
      </p>
    </div>
  );
}
