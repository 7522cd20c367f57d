// The policy's cookie table, generated from the cookie registry so it never drifts from the site.
import { cookieCategories, cookiesIn } from '@/lib/consent/registry';

// One table body per category, so strictly necessary and analytics cookies read apart.
export function CookieTable() {
  return (
    <div className="table-scroll" role="region" aria-labelledby="cookie-table-caption" tabIndex={0}>
      <table className="cookie-table">
        <caption id="cookie-table-caption">Cookies used on this site</caption>
        <thead>
          <tr>
            <th scope="col">Cookie</th>
            <th scope="col">Purpose</th>
            <th scope="col">Expires</th>
          </tr>
        </thead>
        {cookieCategories.map((category) => (
          <tbody key={category.id} data-category={category.id}>
            <tr>
              <th scope="rowgroup" colSpan={3} className="cookie-category">
                {category.label}
                {category.locked ? ' (always on)' : ' (only with your consent)'}
              </th>
            </tr>
            {cookiesIn(category.id).map((cookie) => (
              <tr key={cookie.name} data-cookie={cookie.name}>
                <th scope="row">
                  <code>{cookie.name}</code>
                </th>
                <td>{cookie.purpose}</td>
                <td>{cookie.expiry}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
