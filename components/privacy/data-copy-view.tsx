// A copy of someone's data as a readable page: one section per kind of record, each record a list of
// labelled values in plain English, in the order lib/privacy/copy-fields.ts gives. Used by
// the person's download page and by staff reviewing a request, so both read the same.
import Link from 'next/link';
import type { PersonalData } from '@/lib/data/privacy/personal-data/collect';
import { readRecord } from '@/lib/privacy/copy-fields';

// Renders every section, saying so when a section holds nothing.
export function DataCopyView({
  copy,
  headingLevel = 2,
}: {
  copy: Pick<PersonalData, 'sections'>;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div className="stack">
      {copy.sections.map((section) => (
        <section key={section.key} aria-labelledby={`copy-${section.key}`} className="copy-section">
          <Heading id={`copy-${section.key}`}>
            {section.title} <span className="count">({section.records.length})</span>
          </Heading>
          <p className="hint">{section.about}</p>
          {section.records.length === 0 ? <p>Nothing of this kind is held.</p> : null}
          {section.records.map((record, i) => (
            <dl key={i} className="record">
              {readRecord(section.key, record).map((row) => (
                <div key={row.label}>
                  <dt>{row.label}</dt>
                  {'answers' in row ? (
                    <dd>
                      <dl className="answers">
                        {row.answers.map((a, j) => (
                          <div key={j}>
                            <dt>{a.question}</dt>
                            <dd>{a.answer}</dd>
                          </div>
                        ))}
                      </dl>
                    </dd>
                  ) : (
                    <dd>{row.href ? <Link href={row.href}>{row.text}</Link> : row.text}</dd>
                  )}
                </div>
              ))}
            </dl>
          ))}
        </section>
      ))}
    </div>
  );
}
