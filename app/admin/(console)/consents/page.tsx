import type { Metadata } from 'next';
import { DataTable, FilterBar, SelectFilter, TextFilter } from '@/components/admin/data-table';
import { DecisionsSection } from '@/components/admin/decisions-section';
import { LedgerVerification } from '@/components/admin/ledger-verification';
import { Pagination, pageFrom } from '@/components/admin/pagination';
import { PolicyVersionLink } from '@/components/policy/policy-version-link';
import { requireStaff } from '@/lib/auth/current';
import { decisionSeries, ukDay, dayRange } from '@/lib/consent/decision-series';
import { consentDecisionLabel, consentKindLabel, consentSourceLabel } from '@/lib/consent/labels';
import { recordStaffAudit } from '@/lib/data/audit';
import { countCookieDecisions, lastVerification, listLedger } from '@/lib/data/consent/ledger';
import { formatDateTime } from '@/lib/format';
import { consentActions, consentFilterSchema, consentKinds } from '@/lib/validations/consents';

export const metadata: Metadata = { title: 'Consent ledger' };

const PAGE_SIZE = 25;
type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function ConsentsPage({ searchParams }: { searchParams: Search }) {
  const { user } = await requireStaff();
  const raw = await searchParams;
  const text = {
    q: one(raw.q),
    kind: one(raw.kind),
    action: one(raw.action),
    from: one(raw.from),
    to: one(raw.to),
    days: one(raw.days),
  };
  const { days, ...filter } = consentFilterSchema.parse(text);
  const page = pageFrom(raw.page);
  const today = ukDay(new Date());
  const [{ rows, total }, counts, verdict] = await Promise.all([
    listLedger({ ...filter, page, pageSize: PAGE_SIZE }),
    countCookieDecisions(dayRange(today, days)[0]!),
    lastVerification(),
  ]);
  await recordStaffAudit(user, { action: 'consent-ledger-viewed', detail: { ...filter, page } });
  const shown = {
    q: filter.q,
    kind: filter.kind,
    action: filter.action,
    from: filter.from ? text.from : undefined,
    to: filter.to ? text.to : undefined,
  };
  return (
    <>
      <h1>Consent ledger</h1>
      <p>
        Every cookie choice and marketing consent, as recorded at the time. Records are never changed or removed: each
        one is chained to the one before it by its hash, so any change would show below.
      </p>
      <LedgerVerification verdict={verdict} justVerified={raw.verified === '1'} />
      <DecisionsSection points={decisionSeries(counts, today, days)} days={days} keep={shown} />
      <section aria-labelledby="records">
        <h2 id="records">Records</h2>
        <FilterBar label="Filter consent records">
          <input type="hidden" name="days" value={days} />
          <TextFilter
            name="q"
            label="Search"
            defaultValue={filter.q ?? ''}
            hint="Email, consent id, or the start of a record hash"
          />
          <SelectFilter name="kind" label="Kind" defaultValue={filter.kind ?? ''} options={consentKinds} />
          <SelectFilter name="action" label="Decision" defaultValue={filter.action ?? ''} options={consentActions} />
          <TextFilter name="from" type="date" label="Recorded from" defaultValue={shown.from ?? ''} />
          <TextFilter name="to" type="date" label="Recorded until" defaultValue={shown.to ?? ''} />
        </FilterBar>
        <DataTable
          caption="Consent records, newest first"
          columns={['Record', 'When', 'Kind', 'Decision', 'Where', 'Policy', 'Email', 'Consent id', 'Hash']}
        >
          {rows.map((r) => (
            <tr key={String(r.id)}>
              <th scope="row">{String(r.id)}</th>
              <td>{formatDateTime(r.createdAt)}</td>
              <td>{consentKindLabel(r.kind)}</td>
              <td>
                {consentDecisionLabel(r.kind, r.action)}
                {r.kind === 'COOKIES' ? ` (${r.categories.join(', ')})` : ''}
              </td>
              <td>{consentSourceLabel(r.source)}</td>
              <td>
                <PolicyVersionLink id={r.policyVersion} />
              </td>
              <td>{r.email ?? '–'}</td>
              <td>
                <code>{r.consentId}</code>
              </td>
              <td>
                <code title={r.hash}>{r.hash.slice(0, 12)}…</code>
              </td>
            </tr>
          ))}
        </DataTable>
        <Pagination
          path="/admin/consents"
          page={page}
          pageSize={PAGE_SIZE}
          total={total}
          params={{ ...shown, days: String(days) }}
        />
      </section>
    </>
  );
}
