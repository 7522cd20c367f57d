// The cookies of one category, from the registry, for the settings page.
import { type CookieCategoryId, cookiesIn } from '@/lib/consent/registry';

// Collapsed by default so the choice stays the first thing read.
export function CookieList({ category }: { category: CookieCategoryId }) {
  return (
    <details className="cookie-list">
      <summary>Cookies in this category</summary>
      <dl>
        {cookiesIn(category).map((cookie) => (
          <div key={cookie.name}>
            <dt>
              <code>{cookie.name}</code> <span className="hint">(expires after {cookie.expiry})</span>
            </dt>
            <dd>{cookie.purpose}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
