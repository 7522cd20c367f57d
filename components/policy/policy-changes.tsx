// The differences between two policy versions as the "what changed" page shows them: changed
// sections in full with the edited words marked (<ins>/<del>, each with words a screen reader reads
// out, not colour alone), unchanged sections by name only.
import { Fragment } from 'react';
import type { LineDiff, Piece, SectionDiff } from '@/lib/policy/diff';

const SAID = { added: 'Added', removed: 'Removed' } as const;

// A run of text with its added and removed words marked.
function Pieces({ pieces }: { pieces: Piece[] }) {
  return (
    <>
      {pieces.map((piece, i) => {
        if (!piece.change) return <Fragment key={i}>{piece.text}</Fragment>;
        const Mark = piece.change === 'added' ? 'ins' : 'del';
        return (
          <Mark key={i}>
            <span className="visually-hidden">[{SAID[piece.change]}: </span>
            {piece.text}
            <span className="visually-hidden">]</span>
          </Mark>
        );
      })}
    </>
  );
}

const KIND_NAME: Record<LineDiff['kind'], string> = {
  paragraph: 'paragraph',
  item: 'list item',
  subheading: 'heading',
  cookie: 'cookie',
  contact: 'contact details',
};

// One paragraph, list item, heading or cookie row; a line added or removed whole says so in words.
function Line({ line }: { line: LineDiff }) {
  const whole = line.change === 'added' || line.change === 'removed';
  return (
    <p className={`change-line change-${line.kind}${line.change ? ` is-${line.change}` : ''}`}>
      {line.kind === 'item' ? <span aria-hidden="true">• </span> : null}
      {whole ? (
        <span className="change-kind">{`${line.change === 'added' ? 'New' : 'Removed'} ${KIND_NAME[line.kind]}: `}</span>
      ) : null}
      {line.kind === 'subheading' ? (
        <strong>
          <Pieces pieces={line.pieces} />
        </strong>
      ) : (
        <Pieces pieces={line.pieces} />
      )}
    </p>
  );
}

// Every section, in the newer version's order; `data-change` says how it changed, for tests and print.
export function PolicyChanges({ sections }: { sections: SectionDiff[] }) {
  const unchanged = sections.filter((s) => !s.change);
  return (
    <div className="policy-changes">
      {sections
        .filter((s) => s.change)
        .map((section) => (
          <section
            key={section.id}
            className="change-section"
            data-change={section.change}
            aria-labelledby={`change-${section.id}`}
          >
            <h2 id={`change-${section.id}`}>
              <span className="section-number">{section.number}.</span> <Pieces pieces={section.title} />
              {section.change !== 'edited' ? (
                <span className="tag">{section.change === 'added' ? 'New section' : 'Section removed'}</span>
              ) : null}
            </h2>
            {section.lines.map((line, i) => (
              <Line key={i} line={line} />
            ))}
          </section>
        ))}
      {unchanged.length ? (
        <section aria-labelledby="unchanged-sections" className="change-section">
          <h2 id="unchanged-sections">Sections with no changes</h2>
          <ul data-testid="unchanged-sections">
            {unchanged.map((s) => (
              <li key={s.id}>
                {s.number}. {s.title.map((p) => p.text).join('')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
