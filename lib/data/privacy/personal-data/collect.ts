// Everything we hold about one email address (and the cookie consent ids its owner gave us),
// gathered for a copy of their data and for the erasure preview. New record types add a section here.
import { sameAddress } from './same-address';
import { getDb } from '../../../db/client';
import { COPY_SECTIONS, type CopyRecord } from '../../../privacy/copy-fields';
import type { Question } from '../../../surveys/questions';
import { answersColumn, questionsColumn } from '../../json-columns';
import { suppressionOf } from '../../newsletter/suppression';

export type DataSection = { key: string; title: string; about: string; records: CopyRecord[] };
export type PersonalData = { email: string; sections: DataSection[] };

// Answers as question and answer pairs, in the survey's order; choices shown as the option chosen.
const surveyAnswers = (questions: Question[], answers: Record<string, string | number | null>) =>
  questions.map((q) => {
    const v = answers?.[q.id];
    const answer =
      v === null || v === undefined
        ? null
        : q.kind === 'choice'
          ? (q.options[Number(v)] ?? null)
          : q.kind === 'rating'
            ? Number(v)
            : String(v);
    return { question: q.label, answer };
  });

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

// A section as COPY_SECTIONS describes it, with these records.
function section(key: string, records: CopyRecord[]): DataSection {
  const { title, about } = COPY_SECTIONS.find((s) => s.key === key)!;
  return { key, title, about, records };
}

// Reads every table that can hold this person's data; matching is case-insensitive.
export async function collectPersonalData(email: string, consentIds: string[] = []): Promise<PersonalData> {
  const db = await getDb();
  const match = sameAddress(email);
  const notes = { orderBy: { createdAt: 'asc' as const } };
  const [enquiries, quotes, subscriber, consents, emails, requests, suppression, feedback, entries, responses] =
    await Promise.all([
      db.enquiry.findMany({ where: { email: match }, include: { notes }, orderBy: { createdAt: 'asc' } }),
      db.quoteRequest.findMany({ where: { email: match }, include: { notes }, orderBy: { createdAt: 'asc' } }),
      db.subscriber.findFirst({
        where: { email: match },
        include: { confirmations: { orderBy: { createdAt: 'asc' } } },
      }),
      db.consentRecord.findMany({
        where: {
          OR: [
            { email: match },
            ...(consentIds.length ? [{ consentId: { in: consentIds }, kind: 'COOKIES' as const }] : []),
          ],
        },
        orderBy: { id: 'asc' },
      }),
      db.outboxMessage.findMany({ where: { toAddress: match }, orderBy: { createdAt: 'asc' } }),
      db.privacyRequest.findMany({ where: { email: match }, orderBy: { createdAt: 'asc' } }),
      suppressionOf(email),
      db.feedback.findMany({ where: { email: match }, orderBy: { createdAt: 'asc' } }),
      db.competitionEntry.findMany({
        where: { email: match },
        include: { competition: { select: { title: true, options: true } } },
        orderBy: { createdAt: 'asc' },
      }),
      db.surveyResponse.findMany({
        where: { email: match },
        include: { survey: { select: { title: true, questions: true } } },
        orderBy: { createdAt: 'asc' },
      }),
    ]);
  const allNotes = [
    ...enquiries.flatMap((e) => e.notes.map((n) => ({ n, about: e.reference }))),
    ...quotes.flatMap((q) => q.notes.map((n) => ({ n, about: q.reference }))),
  ];
  return {
    email,
    sections: [
      section(
        'enquiries',
        enquiries.map((e) => ({
          reference: e.reference,
          receivedAt: iso(e.createdAt),
          name: e.name,
          email: e.email,
          phone: e.phone,
          company: e.company,
          message: e.message,
          preferredContact: e.preferredContact,
          marketingOptIn: e.marketingOptIn,
          status: e.status,
        })),
      ),
      section(
        'quotes',
        quotes.map((q) => ({
          reference: q.reference,
          receivedAt: iso(q.createdAt),
          name: q.contactName,
          email: q.email,
          phone: q.phone,
          company: q.companyName,
          sitePostcode: q.sitePostcode,
          supplyType: q.supplyType,
          currentSupplier: q.currentSupplier,
          contractEndDate: q.contractEndDate?.toISOString().slice(0, 10) ?? null,
          annualSpendGbp: q.annualSpendGbp,
          annualUsageKwh: q.annualUsageKwh,
          mpan: q.mpan,
          mprn: q.mprn,
          message: q.message,
          marketingOptIn: q.marketingOptIn,
          status: q.status,
        })),
      ),
      section(
        'notes',
        allNotes.map(({ n, about }) => ({
          about,
          writtenAt: iso(n.createdAt),
          kind: n.kind,
          direction: n.direction,
          channel: n.channel,
          author: n.author,
          text: n.body,
        })),
      ),
      section(
        'newsletter',
        subscriber
          ? [
              {
                email: subscriber.email,
                name: subscriber.name,
                company: subscriber.company,
                status: subscriber.status,
                signedUpAt: iso(subscriber.createdAt),
                confirmedAt: iso(subscriber.confirmedAt),
                unsubscribedAt: iso(subscriber.unsubscribedAt),
              },
            ]
          : [],
      ),
      section(
        'newsletter-signups',
        (subscriber?.confirmations ?? []).map((c) => ({
          reference: c.reference,
          source: c.source,
          requestedAt: iso(c.createdAt),
          confirmedAt: iso(c.confirmedAt),
        })),
      ),
      section(
        'consents',
        consents.map((c) => ({
          recordedAt: iso(c.createdAt),
          kind: c.kind,
          action: c.action,
          categories: c.categories,
          source: c.source,
          policyVersion: c.policyVersion,
          wording: c.wording,
          consentId: c.consentId,
        })),
      ),
      section(
        'emails',
        emails.map((m) => ({
          subject: m.subject,
          kind: m.kind,
          queuedAt: iso(m.createdAt),
          sentAt: iso(m.sentAt),
          status: m.status,
          text: m.textBody,
        })),
      ),
      section(
        'feedback',
        feedback.map((f) => ({
          reference: f.reference,
          sentAt: iso(f.createdAt),
          name: f.name,
          email: f.email,
          company: f.company,
          rating: f.rating,
          message: f.message,
          permission: f.permission,
          permissionWithdrawnAt: iso(f.permissionWithdrawnAt),
          published: f.status === 'APPROVED' && f.permission !== 'NONE' && !f.permissionWithdrawnAt,
        })),
      ),
      section(
        'competitions',
        entries.map((e) => ({
          reference: e.reference,
          competition: e.competition.title,
          enteredAt: iso(e.createdAt),
          name: e.name,
          email: e.email,
          answer: e.competition.options[e.answer] ?? null,
        })),
      ),
      section(
        'surveys',
        responses.map((r) => ({
          reference: r.reference,
          survey: r.survey.title,
          sentAt: iso(r.createdAt),
          email: r.email,
          answers: surveyAnswers(questionsColumn.parse(r.survey.questions), answersColumn.parse(r.answers)),
        })),
      ),
      section(
        'requests',
        requests.map((r) => ({
          reference: r.reference,
          kind: r.kind,
          receivedAt: iso(r.createdAt),
          confirmedAt: iso(r.verifiedAt),
          status: r.status,
        })),
      ),
      section('suppression', suppression ? [{ listedAt: iso(suppression.createdAt), reason: suppression.reason }] : []),
    ],
  };
}
