// A copy of someone's data as a readable page: one section per kind of record, each record a list
// of labelled values. Used by the person's download page and by staff reviewing a request.
import type { PersonalData } from '@/lib/data/personal-data/collect';

type Value = PersonalData['sections'][number]['records'][number][string];

const show = (value: Value) => (value === null || value === '' ? '—' : Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value));

// Renders every section, saying so when a section holds nothing.
export function DataCopyView({ copy, headingLevel = 2 }: { copy: Pick<PersonalData, 'sections'>; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
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
              {Object.entries(record).map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{show(value)}</dd>
                </div>
              ))}
            </dl>
          ))}
        </section>
      ))}
    </div>
  );
}
