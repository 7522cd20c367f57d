// The visitor's consent id and every decision recorded under it: their copy of the proof.
import { PolicyVersionLink } from '@/components/policy/policy-version-link';
import { consentDecisionLabel } from '@/lib/consent/labels';
import { listConsentHistory } from '@/lib/data/consent/records';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

// Reads the ledger for this consent id; a database hiccup hides the table, never the page.
export async function ConsentHistory({ consentId }: { consentId: string | undefined }) {
  if (!consentId) {
    return (
      <section aria-labelledby="history-heading" className="consent-history">
        <h2 id="history-heading">Your consent record</h2>
        <p>You haven’t made a choice yet, so we hold no record of one. Until you do, analytics cookies are off.</p>
      </section>
    );
  }
  const history = await listConsentHistory(consentId).catch(() => null);
  return (
    <section aria-labelledby="history-heading" className="consent-history">
      <h2 id="history-heading">Your consent record</h2>
      <p>
        Your consent ID is <code data-testid="consent-id">{consentId}</code>. Quote it if you ask us about your cookie
        choices: it is not linked to your name or email.
      </p>
      {history === null ? (
        <p>Your history cannot be shown just now. Your choices are still in force.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="history-caption" tabIndex={0}>
          <table className="cookie-table">
            <caption id="history-caption">Choices recorded under this ID, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Choice</th>
                <th scope="col">Cookies allowed</th>
                <th scope="col">Policy version</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id.toString()}>
                  <td>
                    <time dateTime={h.createdAt.toISOString()}>{when.format(h.createdAt)}</time>
                  </td>
                  <td>{consentDecisionLabel('COOKIES', h.action)}</td>
                  <td>{h.categories.join(', ')}</td>
                  <td>
                    <PolicyVersionLink id={h.policyVersion} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
