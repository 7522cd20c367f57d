// The top of every page: skip link, brand and main navigation.
import Link from 'next/link';
import { organisation } from '@/lib/site-config';

const nav = [
  { href: '/', label: 'Home' },
  { href: '/quote', label: 'Request a quote' },
  { href: '/contact', label: 'Quick enquiry' },
  { href: '/privacy-policy', label: 'Privacy policy' },
] as const;

// Rendered on every page by the root layout, after the cookie banner.
export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="container header-row">
        <Link href="/" className="brand" aria-label={`${organisation.tradingName} home`}>
          <span className="brand-mark" aria-hidden="true">
            ◐
          </span>
          {organisation.tradingName}
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
