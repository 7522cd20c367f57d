// What staff do to answer an open data request, by kind: review and release a copy, apply a
// correction shown beside what we hold, or erase after reviewing what will go.
import { applyRectificationAction, eraseAction, releaseCopyAction } from '@/lib/actions/admin/privacy';
import type { PersonalData } from '@/lib/data/privacy/personal-data/collect';
import type { CurrentValues } from '@/lib/data/privacy/personal-data/rectify';
import { type CorrectableField, correctableFields } from '@/lib/validations/privacy-request';
import { PrivacyStepForm } from './privacy-step-form';
import { DataCopyView } from '../privacy/data-copy-view';

type Props = { requestId: string; email: string } & (
  | { kind: 'ACCESS'; data: PersonalData }
  | { kind: 'RECTIFICATION'; current: CurrentValues; corrections: Partial<Record<CorrectableField, string>> }
  | { kind: 'ERASURE'; data: PersonalData }
);

// One panel per kind; the buttons are the only way to change the person's data from here.
export function PrivacyRequestWork(props: Props) {
  if (props.kind === 'ACCESS') {
    return (
      <section aria-labelledby="work">
        <h2 id="work">Review the copy, then release it</h2>
        <p>
          This is everything the site holds for {props.email}. Releasing it emails them a link to this copy, as a page
          and as a JSON file, for seven days.
        </p>
        <PrivacyStepForm
          action={releaseCopyAction}
          requestId={props.requestId}
          id="release"
          label="Release the copy to the person"
        />
        <DataCopyView copy={props.data} headingLevel={3} />
      </section>
    );
  }
  if (props.kind === 'RECTIFICATION') {
    const fields = Object.keys(props.corrections) as CorrectableField[];
    return (
      <section aria-labelledby="work">
        <h2 id="work">The correction asked for</h2>
        {fields.length ? (
          <>
            <table className="data-table side-by-side">
              <caption className="visually-hidden">What we hold now, beside what the person asks for</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">We hold now</th>
                  <th scope="col">They ask for</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => (
                  <tr key={f}>
                    <th scope="row">{correctableFields[f]}</th>
                    <td>{props.current[f].length ? props.current[f].join(' · ') : <em>nothing held</em>}</td>
                    <td>{props.corrections[f]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <PrivacyStepForm
              action={applyRectificationAction}
              requestId={props.requestId}
              id="rectify"
              label="Apply these corrections everywhere"
            />
          </>
        ) : (
          <p>
            They described the problem in their own words (see “Details they gave”). Correct it, then mark the request
            as done below.
          </p>
        )}
      </section>
    );
  }
  const counts = props.data.sections.filter((s) => s.records.length);
  return (
    <section aria-labelledby="work">
      <h2 id="work">What erasure removes</h2>
      {counts.length ? (
        <ul>
          {counts.map((s) => (
            <li key={s.key}>
              {s.title}: {s.records.length}
            </li>
          ))}
        </ul>
      ) : (
        <p>The site holds nothing for this address beyond the request itself.</p>
      )}
      <p>
        Everything above is deleted or anonymised, including emails in the outbox and entries in the audit log. Consent
        records stay in the ledger with the person’s details removed, so the ledger still verifies. Their address is
        kept only as a keyed hash on the do-not-contact list. This cannot be undone.
      </p>
      <PrivacyStepForm
        action={eraseAction}
        requestId={props.requestId}
        id="erase"
        label="Erase everything about this person"
        confirm="I have checked there is no legal reason to keep this data (for example a contract in progress)"
        danger
      />
    </section>
  );
}
