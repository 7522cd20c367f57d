// What the customer sent, field by field, as a definition list.
import type { getRequest } from '@/lib/data/enquiries/work-queue';
import { formatDate, formatDateTime } from '@/lib/format';
import { telephoneHref } from '@/lib/site-config';

type Found = NonNullable<Awaited<ReturnType<typeof getRequest>>>;

const SUPPLY = { ELECTRICITY: 'Electricity', GAS: 'Gas', BOTH: 'Electricity and gas' } as const;

// Labels and values for an enquiry or a quote request; empty answers are left out.
function fieldsOf(found: Found): [string, string | null][] {
  if (found.type === 'enquiry') {
    const e = found.record;
    return [
      ['Name', e.name],
      ['Company', e.company],
      ['Email', e.email],
      ['Phone', e.phone],
      ['Prefers', e.preferredContact === 'PHONE' ? 'A phone call' : 'Email'],
      ['Message', e.message],
    ];
  }
  const q = found.record;
  return [
    ['Company', q.companyName],
    ['Contact', q.contactName],
    ['Email', q.email],
    ['Phone', q.phone],
    ['Site postcode', q.sitePostcode],
    ['Supply', SUPPLY[q.supplyType]],
    ['Current supplier', q.currentSupplier],
    ['Contract ends', q.contractEndDate ? formatDate(q.contractEndDate) : null],
    ['Annual spend', q.annualSpendGbp === null ? null : `£${q.annualSpendGbp.toLocaleString('en-GB')}`],
    ['Annual usage', q.annualUsageKwh === null ? null : `${q.annualUsageKwh.toLocaleString('en-GB')} kWh`],
    ['MPAN', q.mpan],
    ['MPRN', q.mprn],
    ['Message', q.message],
  ];
}

// The address and number as links that start an email or a call.
function linked(label: string, value: string) {
  if (label === 'Email') return <a href={`mailto:${value}`}>{value}</a>;
  if (label === 'Phone') return <a href={telephoneHref(value)}>{value}</a>;
  return value;
}

// Rendered on the request's page; text is shown exactly as sent (React escapes it).
export function RequestDetails({ found }: { found: Found }) {
  return (
    <dl className="details">
      {fieldsOf(found)
        .filter((f): f is [string, string] => Boolean(f[1]))
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={label === 'Message' ? 'prewrap' : undefined}>{linked(label, value)}</dd>
          </div>
        ))}
      <div>
        <dt>Received</dt>
        <dd>{formatDateTime(found.record.createdAt)}</dd>
      </div>
      <div>
        <dt>Newsletter</dt>
        <dd>
          {found.record.marketingOptIn
            ? 'Ticked the opt-in (sent a confirmation link)'
            : 'Did not opt in: never use these details for marketing'}
        </dd>
      </div>
    </dl>
  );
}
