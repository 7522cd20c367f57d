// Everything we hold about one email address (and the cookie consent ids its owner gave us),
// gathered for a copy of their data and for the erasure preview. New record types add a section here.
import { getDb } from '../../db/client';
import { formatDateTime } from '../../format';
import type { Question } from '../../surveys/questions';
import { suppressionOf } from '../suppression';
import { sameAddress } from './same-address';

type Value = string | number | boolean | null | string[];
export type DataSection = { key: string; title: string; about: string; records: Record<string, Value>[] };
export type PersonalData = { email: string; sections: DataSection[] };

// Answers keyed by question label, choices shown as the option chosen.
const surveyAnswers = (questions: Question[], answers: Record<string, string | number | null>) =>
  Object.fromEntries(questions.map((q) => {
    const v = answers?.[q.id];
    return [q.label, v === null || v === undefined ? null : q.kind === 'choice' ? (q.options[Number(v)] ?? null) : q.kind === 'rating' ? Number(v) : String(v)];
  }));

const when = (d: Date | null | undefined) => (d ? formatDateTime(d) : null);
const section = (key: string, title: string, about: string, records: Record<string, Value>[]): DataSection => ({ key, title, about, records });

// Reads every table that can hold this person's data; matching is case-insensitive.
export async function collectPersonalData(email: string, consentIds: string[] = []): Promise<PersonalData> {
  const db = await getDb();
  const match = sameAddress(email);
  const notes = { orderBy: { createdAt: 'asc' as const } };
  const [enquiries, quotes, subscriber, consents, emails, requests, suppression, feedback, entries, responses] = await Promise.all([
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
    db.feedback.findMany({ where: { email: match }, orderBy: { createdAt: 'asc' } }),
    db.competitionEntry.findMany({ where: { email: match }, include: { competition: { select: { title: true, options: true } } }, orderBy: { createdAt: 'asc' } }),
    db.surveyResponse.findMany({ where: { email: match }, include: { survey: { select: { title: true, questions: true } } }, orderBy: { createdAt: 'asc' } }),
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
      section('feedback', 'Feedback and testimonials', 'Feedback you sent us, and whether you allowed us to publish it.', feedback.map((f) => ({
        Reference: f.reference, Sent: when(f.createdAt), Name: f.name, Email: f.email, Company: f.company, Rating: f.rating, Feedback: f.message,
        'Permission to publish': f.permission.toLowerCase(), 'Permission withdrawn': when(f.permissionWithdrawnAt), Published: f.status === 'APPROVED' && f.permission !== 'NONE' && !f.permissionWithdrawnAt,
      }))),
      section('competitions', 'Competition entries', 'Competitions you entered.', entries.map((e) => ({
        Reference: e.reference, Competition: e.competition.title, Entered: when(e.createdAt), Name: e.name, Email: e.email, Answer: e.competition.options[e.answer] ?? null,
      }))),
      section('surveys', 'Survey responses', 'Survey answers you sent with your email address (anonymous answers cannot be linked to you).', responses.map((r) => ({
        Reference: r.reference, Survey: r.survey.title, Sent: when(r.createdAt), Email: r.email,
        ...surveyAnswers(r.survey.questions as unknown as Question[], r.answers as Record<string, string | number | null>),
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
