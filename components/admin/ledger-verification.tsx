// The consent ledger's integrity: the latest verdict of a full hash-chain check, and a button to run
// one now. Works without JavaScript (the button posts a plain form).
import { verifyLedger } from '@/lib/actions/admin/consents';
import type { LedgerVerification } from '@/lib/data/consent/ledger';
import { formatDateTime } from '@/lib/format';
import { PendingButton } from './pending-button';

type Props = { verdict: (LedgerVerification & { addedSince: number }) | null; justVerified: boolean };

// Green when intact, red (with the first broken record) when not, neutral when never checked.
export function LedgerVerification({ verdict, justVerified }: Props) {
  const tone = !verdict ? '' : verdict.ok ? ' stat-ok' : ' stat-alert';
  return (
    <section aria-labelledby="verification" className={`stat${tone}`}>
      <h2 id="verification">Chain verification</h2>
      <div role={justVerified ? 'status' : undefined}>
        {!verdict ? (
          <p>The ledger has not been verified yet.</p>
        ) : verdict.ok ? (
          <p>
            <strong>Intact.</strong> All {verdict.checked} records were checked on {formatDateTime(verdict.at)} by{' '}
            {verdict.by}: every record still matches its hash and links to the one before it.
            {verdict.addedSince > 0 ? ` ${verdict.addedSince} records have been added since.` : ''}
          </p>
        ) : (
          <p>
            <strong>Broken.</strong> Checked on {formatDateTime(verdict.at)} by {verdict.by}: record {verdict.brokenAt}{' '}
            does not verify ({verdict.reason}). The {verdict.checked} records before it are intact. Tell the data
            protection lead; do not change the database.
          </p>
        )}
      </div>
      <form action={verifyLedger}>
        <PendingButton label="Verify the ledger now" busy="Verifying…" />
      </form>
    </section>
  );
}
