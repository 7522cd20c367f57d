// Everything we hold about one email address (and the cookie consent ids its owner gave us),
// gathered for a copy of their data and for the erasure preview. Every request form's table is read
// through the list of them; other new record types add a section here.
import { sameAddress } from './same-address';
import { getDb } from '../../../db/client';
import type { CopyRecord } from '../../../forms/fields';
import { COPY_SECTIONS } from '../../../privacy/copy-fields';
import type { Question } from '../../../surveys/questions';
import { iso, withNotes } from '../../enquiries/request-table';
import { REQUEST_TABLES } from '../../enquiries/request-tables';
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

// A section as COPY_SECTIONS describes it, with these records.
function section(key: string, records: CopyRecord[]): DataSection {
  const { title, about } = COPY_SECTIONS.find((s) => s.key === key)!;
  return { key, title, about, records };
}

// Reads every table that can hold this person's data; matching is case-insensitive.
export async function collectPersonalData(email: string, consentIds: string[] = []): Promise<PersonalData> {
  const db = await getDb();
  const match = sameAddress(email);
  const [forms, subscriber, consents, emails, requests, suppression, feedback, entries, responses] = await Promise.all([
    Promise.all(
      REQUEST_TABLES.map(async (table) => ({
        table,
        rows: await table.model(db).findMany({ where: { email: match }, orderBy: { createdAt: 'asc' }, ...withNotes }),
      })),
    ),
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
  const allNotes = forms.flatMap(({ rows }) => rows.flatMap((r) => r.notes.map((n) => ({ n, about: r.reference }))));
  return {
    email,
    sections: [
      ...forms.map(({ table, rows }) =>
        section(
          table.form.key,
          rows.map((row) => table.record(row)),
        ),
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
