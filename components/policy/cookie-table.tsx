// The policy's cookie tables, generated from the cookie list a version was published with (the
// version in force carries the registry's list exactly: lib/policy/policy.test.ts).
import { cookieCategories } from '@/lib/consent/registry';
import type { PolicyCookie } from '@/lib/policy';

// One plain table per category (strictly necessary, analytics), each with one row of column headers
// and a header cell per cookie: every checker and screen reader pairs each cell with its headers. The
// tables wrap their text to fit any width from 320 px, on screen and in print.
export function CookieTable({ cookies }: { cookies: readonly PolicyCookie[] }) {
  return (
    <div className="cookie-tables" data-testid="cookie-tables">
      {cookieCategories.map((category) => (
        <table key={category.id} className="cookie-table policy-cookie-table" data-category={category.id}>
          <caption>
            {category.label} cookies{category.locked ? ' (always on)' : ' (only with your consent)'}
          </caption>
          <colgroup>
            <col className="col-name" />
            <col className="col-purpose" />
            <col className="col-expires" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Cookie</th>
              <th scope="col">Purpose</th>
              <th scope="col">Expires</th>
            </tr>
          </thead>
          <tbody>
            {cookies
              .filter((cookie) => cookie.category === category.id)
              .map((cookie) => (
                <tr key={cookie.name} data-cookie={cookie.name}>
                  <th scope="row">
                    <code>{cookie.name}</code>
                  </th>
                  <td>{cookie.purpose}</td>
                  <td>{cookie.expiry}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
