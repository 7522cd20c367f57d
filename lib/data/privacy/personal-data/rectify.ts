// Corrections: a requested value is written to every record that holds that field for the person.
import { sameAddress } from './same-address';
import { getDb } from '../../../db/client';
import type { Tx } from '../../../db/tx';
import type { CorrectableField } from '../../../validations/privacy-request';
import { countInTurn } from '../../count-in-turn';
import { withNotes } from '../../enquiries/request-table';
import { REQUEST_TABLES } from '../../enquiries/request-tables';

export type CurrentValues = Record<CorrectableField, string[]>;

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

// What we hold now for each correctable field, across every request form, the subscription, feedback
// and competition entries, for staff to see beside the requested values.
export async function currentValues(email: string): Promise<CurrentValues> {
  const db = await getDb();
  const match = sameAddress(email);
  const [forms, subscribers, feedback, entries] = await Promise.all([
    Promise.all(
      REQUEST_TABLES.map(async (table) =>
        (await table.model(db).findMany({ where: { email: match }, orderBy: { createdAt: 'asc' }, ...withNotes })).map(
          (row) => table.record(row),
        ),
      ),
    ),
    db.subscriber.findMany({ where: { email: match }, select: { name: true, company: true } }),
    db.feedback.findMany({ where: { email: match }, select: { name: true, company: true } }),
    db.competitionEntry.findMany({ where: { email: match }, select: { name: true } }),
  ]);
  const requests = forms.flat();
  const others = [...subscribers, ...feedback];
  return {
    name: distinct([...requests.map((r) => r.name), ...others.map((s) => s.name), ...entries.map((e) => e.name)]),
    company: distinct([...requests.map((r) => r.company), ...others.map((s) => s.company)]),
    phone: distinct(requests.map((r) => r.phone)),
  };
}

// The correction written to every request form's records of this person. Name and company are
// required columns, so only records that differ count; phone may be empty, so every record takes it.
const inRequests = (tx: Tx, match: ReturnType<typeof sameAddress>, field: CorrectableField, value: string) =>
  REQUEST_TABLES.map((table) => () => {
    const column = table.columns[field];
    const differs = field === 'phone' ? {} : { [column]: { not: value } };
    return table.model(tx).updateMany({ where: { email: match, ...differs }, data: { [column]: value } });
  });

// Writes each correction everywhere the field is held; returns how many records changed per field.
export async function applyCorrections(tx: Tx, email: string, corrections: Partial<Record<CorrectableField, string>>) {
  const match = sameAddress(email);
  const changed: Partial<Record<CorrectableField, number>> = {};
  if (corrections.name !== undefined) {
    const name = corrections.name;
    changed.name = await countInTurn(
      ...inRequests(tx, match, 'name', name),
      () => tx.subscriber.updateMany({ where: { email: match }, data: { name } }),
      () =>
        tx.subscriptionConfirmation.updateMany({
          where: { subscriber: { email: match }, confirmedAt: null },
          data: { name },
        }),
      () => tx.feedback.updateMany({ where: { email: match, name: { not: name } }, data: { name } }),
      () => tx.competitionEntry.updateMany({ where: { email: match, name: { not: name } }, data: { name } }),
    );
  }
  if (corrections.company !== undefined) {
    const company = corrections.company;
    changed.company = await countInTurn(
      ...inRequests(tx, match, 'company', company),
      () => tx.subscriber.updateMany({ where: { email: match }, data: { company } }),
      () =>
        tx.subscriptionConfirmation.updateMany({
          where: { subscriber: { email: match }, confirmedAt: null },
          data: { company },
        }),
      () => tx.feedback.updateMany({ where: { email: match }, data: { company } }),
    );
  }
  if (corrections.phone !== undefined) {
    changed.phone = await countInTurn(...inRequests(tx, match, 'phone', corrections.phone));
  }
  return changed;
}
