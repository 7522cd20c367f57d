import { describe, expect, it } from 'vitest';
import { openDataCopy } from './downloads';
import { applyRectification, releaseCopy } from './fulfil';
import { collectPersonalData } from './personal-data/collect';
import { checkPrivacyVerification, createPrivacyRequest, verifyPrivacyRequest } from './requests';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { textWithLinks } from '../../testing/opened-email';
import { enquirySchema } from '../../validations/enquiry';
import { privacyRequestSchema } from '../../validations/privacy-request';
import { quoteSchema } from '../../validations/quote';
import { appendConsentRecord } from '../consent/records';
import { createEnquiry } from '../enquiries/enquiries';
import { createQuoteRequest } from '../enquiries/quotes';
import { addRequestNote } from '../enquiries/work-queue';
import { suppressionOf } from '../newsletter/suppression';

const database = migratedDatabaseForFile();
const HOUR = 60 * 60 * 1000;

type Kind = 'access' | 'rectification' | 'erasure' | 'objection';
// Submits the form's data and returns the request with the token from its verification email.
async function request(kind: Kind, email: string, extra: Record<string, string> = {}) {
  const data = privacyRequestSchema.parse({ kind, name: 'Zebedee Quartermaine', email, ...extra });
  const { reference } = await createPrivacyRequest(data, crypto.randomUUID());
  const db = database();
  const row = await db.privacyRequest.findUniqueOrThrow({ where: { reference } });
  const mail = await db.outboxMessage.findUniqueOrThrow({ where: { messageKey: `privacy-verify:${row.id}` } });
  const token = /verify\?token=([\w-]{43})/.exec(await textWithLinks(mail))![1]!;
  return { row, mail, token, reference };
}

describe(`data-rights requests on ${process.env.TEST_DB}`, () => {
  it('verifies with a single-use link that expires in an hour, storing only its hash', async () => {
    const { row, token } = await request('access', 'token@example.com');
    expect(row).toMatchObject({ status: 'UNVERIFIED', kind: 'ACCESS', verifiedAt: null });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(row.tokenExpiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(HOUR - 5_000);
    expect(row.tokenExpiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(HOUR + 5_000);

    expect(await verifyPrivacyRequest(token, new Date(row.tokenExpiresAt.getTime() + 1))).toMatchObject({
      state: 'expired',
    });
    expect((await checkPrivacyVerification(token)).state).toBe('valid');
    const [a, b] = await Promise.all([verifyPrivacyRequest(token), verifyPrivacyRequest(token)]);
    expect([a.state, b.state].sort()).toEqual(['used', 'valid']);
    expect(await verifyPrivacyRequest(token)).toMatchObject({ state: 'used' });
    expect(await verifyPrivacyRequest('x'.repeat(43))).toMatchObject({ state: 'invalid' });
    expect(await verifyPrivacyRequest('not a token')).toMatchObject({ state: 'invalid' });
    const opened = await database().privacyRequest.findUniqueOrThrow({
      where: { id: row.id },
      include: { events: true },
    });
    expect(opened).toMatchObject({ status: 'OPEN', verifiedAt: expect.any(Date), dueAt: expect.any(Date) });
    expect(opened.events.map((e) => e.action)).toEqual(['submitted', 'verified']);
  });

  it('answers the same whether or not any data is held for the address', async () => {
    await createEnquiry(
      enquirySchema.parse({
        name: 'Known',
        email: 'known@example.com',
        company: 'K Ltd',
        message: 'Hi',
        preferredContact: 'EMAIL',
      }),
      crypto.randomUUID(),
    );
    const known = await request('access', 'known@example.com');
    const unknown = await request('access', 'unknown@example.com');
    const strip = (m: { subject: string; textBody: string }, r: string, t: string) =>
      (m.subject + m.textBody)
        .replaceAll(r, 'REF')
        .replaceAll(t, 'TOKEN')
        .replace(/until .*\. If/, 'until TIME. If');
    expect(strip(known.mail, known.reference, known.token)).toBe(strip(unknown.mail, unknown.reference, unknown.token));
    expect(known.row.status).toBe(unknown.row.status);
  });

  it('applies an objection to marketing at once: unsubscribed and suppressed', async () => {
    await createEnquiry(
      enquirySchema.parse({
        name: 'Obi',
        email: 'object@example.com',
        company: 'O Ltd',
        message: 'Hi',
        preferredContact: 'EMAIL',
        marketingOptIn: 'yes',
      }),
      crypto.randomUUID(),
    );
    const { row, token } = await request('objection', 'object@example.com');
    await verifyPrivacyRequest(token);
    const db = database();
    expect(await db.privacyRequest.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'COMPLETED',
      completedBy: 'automatic',
    });
    expect(await db.subscriber.findUniqueOrThrow({ where: { email: 'object@example.com' } })).toMatchObject({
      status: 'UNSUBSCRIBED',
    });
    expect(await suppressionOf('object@example.com')).toMatchObject({ reason: 'objection' });
    expect(await db.outboxMessage.count({ where: { messageKey: `privacy-done:${row.id}` } })).toBe(1);
  });

  it('releases a copy of everything held, downloadable until the link expires', async () => {
    const email = 'access@example.com';
    const { reference: enq } = await createEnquiry(
      enquirySchema.parse({ name: 'Acc', email, company: 'A Ltd', message: 'My message', preferredContact: 'EMAIL' }),
      crypto.randomUUID(),
    );
    const enquiry = await database().enquiry.findUniqueOrThrow({ where: { reference: enq } });
    await addRequestNote(
      'enquiry',
      enquiry.id,
      { kind: 'CORRESPONDENCE', body: 'Rang them back', direction: 'out', channel: 'phone' },
      { id: crypto.randomUUID(), name: 'Sam' },
    );
    const cookieId = crypto.randomUUID();
    await appendConsentRecord({
      kind: 'COOKIES',
      consentId: cookieId,
      action: 'accept',
      categories: ['necessary', 'analytics'],
      source: 'banner',
      policyVersion: 'v',
      policyHash: 'h',
      ipHash: null,
      uaHash: null,
    });
    const { row, token } = await request('access', email, { consentId: cookieId });
    await verifyPrivacyRequest(token);
    expect(await releaseCopy(row.id, 'Sam')).toBe('done');
    expect(await releaseCopy(row.id, 'Sam')).toBe('not-open');
    const mail = await database().outboxMessage.findUniqueOrThrow({ where: { messageKey: `privacy-copy:${row.id}` } });
    const download = /download\/([\w-]{43})/.exec(await textWithLinks(mail))![1]!;
    const opened = await openDataCopy(download, 'viewed');
    if (opened.state !== 'valid') throw new Error(opened.state);
    const section = (key: string) => opened.copy.sections.find((s) => s.key === key)!.records;
    expect(section('enquiries')).toEqual([expect.objectContaining({ reference: enq, message: 'My message' })]);
    expect(section('notes')).toEqual([expect.objectContaining({ text: 'Rang them back', about: enq })]);
    expect(section('consents')).toEqual([expect.objectContaining({ kind: 'COOKIES', consentId: cookieId })]);
    expect(section('emails').map((m) => m.subject)).toContain(`Confirm your data request ${row.reference}`);
    expect(await openDataCopy(download, 'viewed', new Date(Date.now() + 8 * 24 * HOUR))).toEqual({ state: 'expired' });
    expect(await openDataCopy('y'.repeat(43), 'viewed')).toEqual({ state: 'invalid' });
  });

  it('applies a correction to every record and logs what it replaced', async () => {
    const email = 'rectify@example.com';
    await createEnquiry(
      enquirySchema.parse({ name: 'Jon Smyth', email, company: 'Old Co', message: 'Hi', preferredContact: 'EMAIL' }),
      crypto.randomUUID(),
    );
    await createQuoteRequest(
      quoteSchema.parse({
        companyName: 'Old Co',
        contactName: 'J Smyth',
        email,
        phone: '01732 123456',
        sitePostcode: 'ME19 4YT',
        supplyType: 'GAS',
        annualSpendGbp: '5000',
      }),
      crypto.randomUUID(),
    );
    const { row, token } = await request('rectification', email, {
      correctName: 'Jon Smith',
      correctPhone: '01732 654321',
    });
    expect(row.corrections).toEqual({ name: 'Jon Smith', phone: '01732 654321' });
    await verifyPrivacyRequest(token);
    expect(await applyRectification(row.id, 'Sam')).toBe('done');
    const now = await collectPersonalData(email);
    const records = now.sections.filter((s) => ['enquiries', 'quotes'].includes(s.key)).flatMap((s) => s.records);
    expect(records.map((r) => [r.name, r.phone, r.company])).toEqual([
      ['Jon Smith', '01732 654321', 'Old Co'],
      ['Jon Smith', '01732 654321', 'Old Co'],
    ]);
    const log = await database().privacyRequestEvent.findFirstOrThrow({
      where: { requestId: row.id, action: 'rectified' },
    });
    expect(log).toMatchObject({
      actor: 'Sam',
      detail: {
        name: { before: ['Jon Smyth', 'J Smyth'], after: 'Jon Smith', records: 2 },
        phone: { after: '01732 654321' },
      },
    });
  });
});
