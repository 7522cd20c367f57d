import { describe, expect, it } from 'vitest';
import { recordAudit } from '../audit';
import { eraseForRequest } from './fulfil';
import { createPrivacyRequest, verifyPrivacyRequest } from './requests';
import { deliverDue } from '../../jobs/deliver';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { textWithLinks } from '../../testing/opened-email';
import { tablesContaining } from '../../testing/scan-tables';
import { competitionEntrySchema } from '../../validations/competition';
import { enquirySchema } from '../../validations/enquiry';
import { feedbackSchema } from '../../validations/feedback';
import { privacyRequestSchema } from '../../validations/privacy-request';
import { quoteSchema } from '../../validations/quote';
import { appendConsentRecord, verifyConsentLedger } from '../consent/records';
import { createEnquiry } from '../enquiries/enquiries';
import { createQuoteRequest } from '../enquiries/quotes';
import { addRequestNote } from '../enquiries/work-queue';
import { consumeFormLimits, keyOf } from '../forms/rate-limits';
import { enterCompetition } from '../have-your-say/competitions';
import { createFeedback } from '../have-your-say/feedback';
import { createSurveyResponse, surveyById } from '../have-your-say/surveys';
import { confirmSubscription } from '../newsletter/subscription';
import { suppressionOf } from '../newsletter/suppression';

const database = migratedDatabaseForFile();
const person = {
  name: 'Zebedee Quartermaine',
  email: 'zebedee.q@example.com',
  company: 'Quartermaine Widgets',
  phone: '07700 900123',
};
const cookieId = crypto.randomUUID();
const fingerprint = { ipHash: 'ip-zebedee-0001', uaHash: 'ua-zebedee-0001' };

// Everything a person can leave behind on the site, through the same code the site runs.
async function leaveTraces(who: typeof person, seen = fingerprint) {
  const db = database();
  const { reference } = await createEnquiry(
    enquirySchema.parse({ ...who, message: `Call ${who.name}`, preferredContact: 'PHONE', marketingOptIn: 'yes' }),
    crypto.randomUUID(),
  );
  await createQuoteRequest(
    quoteSchema.parse({
      companyName: who.company,
      contactName: who.name,
      email: who.email,
      phone: who.phone,
      sitePostcode: 'ME19 4YT',
      supplyType: 'BOTH',
      annualSpendGbp: '9000',
    }),
    crypto.randomUUID(),
  );
  const confirm = await db.outboxMessage.findFirstOrThrow({
    where: { toAddress: who.email, kind: 'newsletter-confirmation' },
  });
  expect(await confirmSubscription(/token=([\w-]{43})/.exec(await textWithLinks(confirm))![1]!, seen)).toBe('valid');
  const enquiry = await db.enquiry.findUniqueOrThrow({ where: { reference } });
  await addRequestNote(
    'enquiry',
    enquiry.id,
    { kind: 'NOTE', body: `Spoke to ${who.name} at ${who.company}` },
    { id: crypto.randomUUID(), name: 'Sam' },
  );
  await recordAudit(
    { id: null, label: 'sam@lumina.test' },
    { action: 'request-viewed', subject: who.email, detail: { reference } },
  );
  await consumeFormLimits('enquiry', '203.0.113.9', who.email, { perIp: 10, perEmail: 10 });
  // Feedback with permission to publish, a competition entry and a survey answered with an email.
  await createFeedback(
    feedbackSchema.parse({
      name: who.name,
      email: who.email,
      company: who.company,
      message: `Great service from ${who.company}`,
      permission: 'NAMED',
    }),
    crypto.randomUUID(),
  );
  const competition = await db.competition.upsert({
    where: { slug: 'erasure-test' },
    update: {},
    create: {
      slug: 'erasure-test',
      title: 'Win',
      description: 'd',
      terms: 't',
      question: 'Q?',
      options: ['a', 'b'],
      correctOption: 0,
      opensAt: new Date(Date.now() - 86_400_000),
      closesAt: new Date(Date.now() + 86_400_000),
      createdBy: 'Sam',
    },
  });
  await enterCompetition(
    competitionEntrySchema.parse({
      competitionId: competition.id,
      name: who.name,
      email: who.email,
      answer: '0',
      terms: 'yes',
    }),
    crypto.randomUUID(),
  );
  const survey = await db.survey.upsert({
    where: { slug: 'erasure-survey' },
    update: {},
    create: {
      slug: 'erasure-survey',
      title: 'S',
      intro: 'i',
      questions: [{ id: 'q1', kind: 'text', label: 'Say', required: false, options: [] }],
      status: 'OPEN',
      createdBy: 'Sam',
    },
  });
  const row = await surveyById(survey.id);
  await createSurveyResponse(
    row!,
    { surveyId: survey.id, q1: `I am ${who.name}`, email: who.email, marketingOptIn: false },
    crypto.randomUUID(),
  );
}

describe(`erasure on ${process.env.TEST_DB}`, () => {
  it('leaves no trace of the person in any table, keeps the suppression hash and a verifiable consent chain', async () => {
    const db = database();
    await leaveTraces(person);
    const other = { name: 'Olive Other', email: 'olive@example.com', company: 'Other Ltd', phone: '01732 111222' };
    await leaveTraces(other, { ipHash: 'ip-olive-0002', uaHash: 'ua-olive-0002' });
    await appendConsentRecord({
      kind: 'COOKIES',
      consentId: cookieId,
      action: 'accept',
      categories: ['necessary', 'analytics'],
      source: 'banner',
      policyVersion: 'v',
      policyHash: 'h',
      ...fingerprint,
    });

    const needles = [
      person.email,
      person.name,
      person.company,
      person.phone,
      cookieId,
      fingerprint.ipHash,
      fingerprint.uaHash,
      keyOf(person.email),
    ];
    expect((await tablesContaining(db, needles)).length).toBeGreaterThan(8);

    const data = privacyRequestSchema.parse({
      kind: 'erasure',
      name: person.name,
      email: person.email,
      consentId: cookieId,
      details: `I am ${person.name}`,
    });
    const { reference } = await createPrivacyRequest(data, crypto.randomUUID());
    const request = await db.privacyRequest.findUniqueOrThrow({ where: { reference } });
    const verify = await db.outboxMessage.findUniqueOrThrow({ where: { messageKey: `privacy-verify:${request.id}` } });
    await verifyPrivacyRequest(/token=([\w-]{43})/.exec(await textWithLinks(verify))![1]!);
    expect(await eraseForRequest(request.id, 'Sam')).toBe('done');

    // The "we have deleted your information" email is delivered, then blanked.
    const sent: string[] = [];
    await deliverDue({
      transport: { name: 'test', send: async (m) => void sent.push(`${m.toAddress}|${m.subject}`) },
      retryBaseMs: 1_000,
    });
    expect(sent).toContain(`${person.email}|We have deleted your information (${reference})`);

    expect(await tablesContaining(db, needles)).toEqual([]);
    expect(await suppressionOf(person.email)).toMatchObject({ reason: 'erasure' });
    expect(await verifyConsentLedger()).toMatchObject({ ok: true });
    expect(await db.consentRecord.count({ where: { consentId: 'erased' } })).toBeGreaterThanOrEqual(3);
    expect(await db.privacyRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      reference,
      status: 'COMPLETED',
      email: null,
      name: null,
    });
    const log = await db.privacyRequestEvent.findMany({ where: { requestId: request.id }, orderBy: { id: 'asc' } });
    expect(log.map((e) => e.action)).toEqual(['submitted', 'verified', 'erased']);
    expect(log[2]!.detail).toMatchObject({
      enquiries: 1,
      quotes: 1,
      subscribers: 1,
      feedback: 1,
      competitionEntries: 1,
      surveyResponses: 1,
    });

    // Nobody else was touched.
    const otherHits = await tablesContaining(db, [other.email, other.name, other.company]);
    for (const table of [
      'Enquiry',
      'QuoteRequest',
      'Subscriber',
      'ConsentRecord',
      'RequestNote',
      'OutboxMessage',
      'AuditEvent',
      'Feedback',
      'CompetitionEntry',
      'SurveyResponse',
    ]) {
      expect(otherHits.some((h) => h.startsWith(`${table} `))).toBe(true);
    }
  });
});
