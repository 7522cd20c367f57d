// Everything we hold about one email address (and the cookie consent ids its owner gave us),
// gathered for a copy of their data and for the erasure preview. New record types add a section here.
import { getDb } from '../../db/client';
import { formatDateTime } from '../../format';
import { suppressionOf } from '../suppression';

type Value = string | number | boolean | null | string[];
export type DataSection = { key: string; title: string; about: string; records: Record<string, Value>[] };
export type PersonalData = { email: string; sections: DataSection[] };

const when = (d: Date | null | undefined) => (d ? formatDateTime(d) : null);
const section = (key: string, title: string, about: string, records: Record<string, Value>[]): DataSection => ({ key, title, about, records });

// Reads every table that can hold this person's data; matching is case-insensitive.
export async function collectPersonalData(email: string, consentIds: string[] = []): Promise<PersonalData> {
  const db = await getDb();
  const match = { equals: email, mode: 'insensitive' as const };
  const notes = { orderBy: { createdAt: 'asc' as const } };
  const [enquiries, quotes, subscriber, consents, emails, requests, suppression] = await Promise.all([
    db.enquiry.findMany({ where: { email: match }, include: { notes }, orderBy: { createdAt: 'asc' } }),
    db.quoteRequest.findMany({ where: { email: match }, include: { notes }, orderBy: { createdAt: 'asc' } }),
    db.subscriber.findFirst({ where: { email: match }, include: { confirmations: { orderBy: { createdAt: 'asc' } } } }),
    db.consentRecord.findMany({
      where: { OR: [{ email: match }, ...(consentIds.length ? [{ consentId: { in: consentIds }, kind: 'COOKIES' as const }] : [])] },
      orderBy: { id: 'asc' },
    }),
    db.outboxMessage.findMany({ where: { toAddress: match }, orderBy: { createdAt: 'asc' } }),
    db.privacyRequest.findMany({ where: { email: match }, orderBy: { createdAt: 'asc' } }),
    suppressionOf(email),
  ]);
  const allNotes = [
    ...enquiries.flatMap((e) => e.notes.map((n) => ({ n, about: e.reference }))),
    ...quotes.flatMap((q) => q.notes.map((n) => ({ n, about: q.reference }))),
  ];
  return {
    email,
    sections: [
      section('enquiries', 'Quick enquiries', 'What you sent us through the Quick Enquiry form.', enquiries.map((e) => ({
        Reference: e.reference, Received: when(e.createdAt), Name: e.name, Email: e.email, Phone: e.phone, Company: e.company,
        Message: e.message, 'Preferred contact': e.preferredContact.toLowerCase(), 'Marketing opt-in ticked': e.marketingOptIn, Status: e.status.toLowerCase(),
      }))),
      section('quotes', 'Quote requests', 'What you sent us through the Request a Quote form.', quotes.map((q) => ({
        Reference: q.reference, Received: when(q.createdAt), Name: q.contactName, Email: q.email, Phone: q.phone, Company: q.companyName,
        'Site postcode': q.sitePostcode, Supply: q.supplyType.toLowerCase(), 'Current supplier': q.currentSupplier,
        'Contract end date': q.contractEndDate?.toISOString().slice(0, 10) ?? null, 'Annual spend (£)': q.annualSpendGbp,
        'Annual usage (kWh)': q.annualUsageKwh, MPAN: q.mpan, MPRN: q.mprn, Message: q.message,
        'Marketing opt-in ticked': q.marketingOptIn, Status: q.status.toLowerCase(),
      }))),
      section('notes', 'Notes and correspondence', 'What our staff recorded while answering your enquiries and quotes.', allNotes.map(({ n, about }) => ({
        About: about, Written: when(n.createdAt), Kind: n.kind.toLowerCase(), Direction: n.direction, Channel: n.channel, By: n.author, Text: n.body,
      }))),
      section('newsletter', 'Newsletter subscription', 'Your newsletter subscription and each time you signed up.', subscriber ? [
        { Email: subscriber.email, Name: subscriber.name, Company: subscriber.company, Status: subscriber.status.toLowerCase(),
          'First signed up': when(subscriber.createdAt), Confirmed: when(subscriber.confirmedAt), Unsubscribed: when(subscriber.unsubscribedAt) },
        ...subscriber.confirmations.map((c) => ({ 'Sign-up': c.reference, From: c.source, Requested: when(c.createdAt), Confirmed: when(c.confirmedAt) })),
      ] : []),
      section('consents', 'Consent records', 'Our evidence of each choice you made about marketing and cookies.', consents.map((c) => ({
        Recorded: when(c.createdAt), Kind: c.kind.toLowerCase(), Choice: c.action, Categories: c.categories, From: c.source,
        'Policy version': c.policyVersion, 'Wording you saw': c.wording, 'Consent ID': c.consentId,
      }))),
      section('emails', 'Emails we sent you', 'Every email we sent (or tried to send) to your address.', emails.map((m) => ({
        Subject: m.subject, Kind: m.kind, Queued: when(m.createdAt), Sent: when(m.sentAt), Status: m.status.toLowerCase(), Text: m.textBody,
      }))),
      section('requests', 'Data-rights requests', 'Requests you made about your information, including this one.', requests.map((r) => ({
        Reference: r.reference, Kind: r.kind.toLowerCase(), Received: when(r.createdAt), Confirmed: when(r.verifiedAt), Status: r.status.toLowerCase(),
      }))),
      section('suppression', 'Do-not-contact list', 'Whether your address is on our marketing do-not-contact list (kept as a scrambled code, not the address).',
        suppression ? [{ Listed: when(suppression.createdAt), Reason: suppression.reason }] : []),
    ],
  };
}

// How many records each section holds, for staff reviewing a request.
export function sectionCounts(data: PersonalData) {
  return data.sections.map((s) => ({ key: s.key, title: s.title, count: s.records.length }));
}
