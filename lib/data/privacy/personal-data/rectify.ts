// Corrections: a requested value is written to every record that holds that field for the person.
import { sameAddress } from './same-address';
import { getDb } from '../../../db/client';
import type { Tx } from '../../../db/tx';
import type { CorrectableField } from '../../../validations/privacy-request';
import { countInTurn } from '../../count-in-turn';

export type CurrentValues = Record<CorrectableField, string[]>;

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

// What we hold now for each correctable field, across enquiries, quotes, the subscription, feedback
// and competition entries,
// for staff to see beside the requested values.
export async function currentValues(email: string): Promise<CurrentValues> {
  const db = await getDb();
  const match = sameAddress(email);
  const [enquiries, quotes, subscribers, feedback, entries] = await Promise.all([
    db.enquiry.findMany({ where: { email: match }, select: { name: true, company: true, phone: true } }),
    db.quoteRequest.findMany({
      where: { email: match },
      select: { contactName: true, companyName: true, phone: true },
    }),
    db.subscriber.findMany({ where: { email: match }, select: { name: true, company: true } }),
    db.feedback.findMany({ where: { email: match }, select: { name: true, company: true } }),
    db.competitionEntry.findMany({ where: { email: match }, select: { name: true } }),
  ]);
  const others = [...subscribers, ...feedback];
  return {
    name: distinct([
      ...enquiries.map((e) => e.name),
      ...quotes.map((q) => q.contactName),
      ...others.map((s) => s.name),
      ...entries.map((e) => e.name),
    ]),
    company: distinct([
      ...enquiries.map((e) => e.company),
      ...quotes.map((q) => q.companyName),
      ...others.map((s) => s.company),
    ]),
    phone: distinct([...enquiries.map((e) => e.phone), ...quotes.map((q) => q.phone)]),
  };
}

// Writes each correction everywhere the field is held; returns how many records changed per field.
export async function applyCorrections(tx: Tx, email: string, corrections: Partial<Record<CorrectableField, string>>) {
  const match = sameAddress(email);
  const changed: Partial<Record<CorrectableField, number>> = {};
  if (corrections.name !== undefined) {
    const name = corrections.name;
    changed.name = await countInTurn(
      () => tx.enquiry.updateMany({ where: { email: match, name: { not: name } }, data: { name } }),
      () =>
        tx.quoteRequest.updateMany({
          where: { email: match, contactName: { not: name } },
          data: { contactName: name },
        }),
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
      () => tx.enquiry.updateMany({ where: { email: match, company: { not: company } }, data: { company } }),
      () =>
        tx.quoteRequest.updateMany({
          where: { email: match, companyName: { not: company } },
          data: { companyName: company },
        }),
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
    const phone = corrections.phone;
    changed.phone = await countInTurn(
      () => tx.enquiry.updateMany({ where: { email: match }, data: { phone } }),
      () => tx.quoteRequest.updateMany({ where: { email: match }, data: { phone } }),
    );
  }
  return changed;
}
