// The copy as a JSON file (data portability): values as stored (codes, ISO dates), each section naming
// its fields in order with their labels, and every record's keys in that same order, whatever order
// the database kept them in.
import { COPY_SECTIONS, orderedRecord } from '../../../privacy/copy-fields';
import type { DataCopy } from '../downloads';

// The file's content, in a stable, self-describing order.
export function portableCopy(copy: DataCopy) {
  return {
    reference: copy.reference,
    email: copy.email,
    generatedAt: copy.generatedAt,
    sections: copy.sections.map((section) => ({
      key: section.key,
      title: section.title,
      about: section.about,
      fields: (COPY_SECTIONS.find((s) => s.key === section.key)?.fields ?? []).map(({ key, label }) => ({
        key,
        label,
      })),
      records: section.records.map((record) => orderedRecord(section.key, record)),
    })),
  };
}
