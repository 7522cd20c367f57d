// What the customer sent, field by field, as a definition list (the form's own fields and labels).
import type { getRequest } from '@/lib/data/enquiries/work-queue';
import { formatDateTime } from '@/lib/format';
import { fieldText } from '@/lib/forms/fields';
import { telephoneHref } from '@/lib/site-config';

type Found = NonNullable<Awaited<ReturnType<typeof getRequest>>>;

// The address and number as links that start an email or a call.
function linked(key: string, value: string) {
  if (key === 'email') return <a href={`mailto:${value}`}>{value}</a>;
  if (key === 'phone') return <a href={telephoneHref(value)}>{value}</a>;
  return value;
}

// Rendered on the request's page; text is shown exactly as sent (React escapes it). Empty answers are left out.
export function RequestDetails({ found }: { found: Found }) {
  const answers = found.form.fields.flatMap((field) => {
    const text = fieldText(field, found.record);
    return text === null ? [] : [{ ...field, text }];
  });
  return (
    <dl className="details">
      {answers.map(({ key, label, text }) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd className={key === 'message' ? 'prewrap' : undefined}>{linked(key, text)}</dd>
        </div>
      ))}
      <div>
        <dt>Received</dt>
        <dd>{formatDateTime(found.row.createdAt)}</dd>
      </div>
      <div>
        <dt>Newsletter</dt>
        <dd>
          {found.row.marketingOptIn
            ? 'Ticked the opt-in (sent a confirmation link)'
            : 'Did not opt in: never use these details for marketing'}
        </dd>
      </div>
    </dl>
  );
}
