import { describe, expect, it } from 'vitest';
import { createSubscriptionRequest } from './sign-up';
import { checkConfirmation, CONFIRMATION_TTL_MS, confirmSubscription } from './subscription';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { textWithLinks } from '../../testing/opened-email';
import { enquirySchema } from '../../validations/enquiry';
import { newsletterSchema } from '../../validations/newsletter';
import { verifyConsentLedger } from '../consent/records';
import { createEnquiry } from '../enquiries/enquiries';

const database = migratedDatabaseForFile();
const fingerprint = { ipHash: 'ip-hash', uaHash: 'ua-hash' };
const signUp = (email: string) =>
  newsletterSchema.parse({ name: 'Grace', email, company: 'Compilers Ltd', marketingOptIn: 'yes' });

// The link a person would follow, read from the email in the outbox.
async function emailedToken(email: string): Promise<string> {
  const message = await database().outboxMessage.findFirstOrThrow({
    where: { toAddress: email },
    orderBy: { createdAt: 'desc' },
  });
  const token = /\/newsletter\/confirm\?token=([\w-]{43})/.exec(await textWithLinks(message))?.[1];
  if (!token) throw new Error('no confirmation link in the email');
  return token;
}

describe(`newsletter double opt-in on ${process.env.TEST_DB}`, () => {
  it('a sign-up records the opt-in and queues the email in one go, but the subscriber stays PENDING', async () => {
    const { reference } = await createSubscriptionRequest(signUp('grace@example.com'), crypto.randomUUID());
    expect(reference).toMatch(/^NWS-[2-9A-HJ-NP-Z]{6}$/);
    const db = database();
    expect(await db.subscriber.findUniqueOrThrow({ where: { email: 'grace@example.com' } })).toMatchObject({
      status: 'PENDING',
      confirmedAt: null,
    });
    const consent = await db.consentRecord.findFirstOrThrow({ where: { email: 'grace@example.com' } });
    expect(consent).toMatchObject({ kind: 'MARKETING', action: 'opt-in', source: 'form:newsletter' });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: 'grace@example.com' } });
    expect(message).toMatchObject({
      kind: 'newsletter-confirmation',
      status: 'PENDING',
      subject: 'Confirm your Lumina Energy newsletter subscription',
    });
    expect(message.htmlBody).toContain('Confirm my subscription');
    // Only the hash of the token is stored.
    const token = await emailedToken('grace@example.com');
    expect(JSON.stringify(await db.subscriptionConfirmation.findMany())).not.toContain(token);
  });

  it('following the link activates the subscriber once, with a confirm record carrying the request fingerprint', async () => {
    await createSubscriptionRequest(signUp('ada@example.com'), crypto.randomUUID());
    const token = await emailedToken('ada@example.com');
    expect(await checkConfirmation(token)).toBe('valid');
    expect(await confirmSubscription(token, fingerprint)).toBe('valid');
    expect(await confirmSubscription(token, fingerprint)).toBe('confirmed');
    const db = database();
    expect(await db.subscriber.findUniqueOrThrow({ where: { email: 'ada@example.com' } })).toMatchObject({
      status: 'ACTIVE',
      name: 'Grace',
      company: 'Compilers Ltd',
    });
    const records = await db.consentRecord.findMany({ where: { email: 'ada@example.com' }, orderBy: { id: 'asc' } });
    expect(records.map((r) => r.action)).toEqual(['opt-in', 'confirm']);
    expect(records[1]).toMatchObject({ ipHash: 'ip-hash', uaHash: 'ua-hash', consentId: records[0]!.consentId });
    expect(await verifyConsentLedger()).toMatchObject({ ok: true });
  });

  it('an expired, unknown or malformed token changes nothing', async () => {
    await createSubscriptionRequest(signUp('late@example.com'), crypto.randomUUID());
    const token = await emailedToken('late@example.com');
    const later = new Date(Date.now() + CONFIRMATION_TTL_MS + 1_000);
    expect(await confirmSubscription(token, fingerprint, later)).toBe('expired');
    expect(await confirmSubscription(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, fingerprint)).toBe(
      'invalid',
    );
    expect(await confirmSubscription('<script>', fingerprint)).toBe('invalid');
    expect(await database().subscriber.findUniqueOrThrow({ where: { email: 'late@example.com' } })).toMatchObject({
      status: 'PENDING',
    });
  });

  it('a resubmitted sign-up form stores one request and queues one email', async () => {
    const key = crypto.randomUUID();
    await Promise.all([1, 2, 3].map(() => createSubscriptionRequest(signUp('twice@example.com'), key)));
    expect(await database().subscriptionConfirmation.count({ where: { submissionKey: key } })).toBe(1);
    expect(await database().outboxMessage.count({ where: { toAddress: 'twice@example.com' } })).toBe(1);
  });

  it('an unsubscribed address stays unsubscribed until the new link is followed', async () => {
    const db = database();
    await db.subscriber.create({ data: { email: 'back@example.com', status: 'UNSUBSCRIBED' } });
    await createSubscriptionRequest(signUp('back@example.com'), crypto.randomUUID());
    expect((await db.subscriber.findUniqueOrThrow({ where: { email: 'back@example.com' } })).status).toBe(
      'UNSUBSCRIBED',
    );
    await confirmSubscription(await emailedToken('back@example.com'), fingerprint);
    expect((await db.subscriber.findUniqueOrThrow({ where: { email: 'back@example.com' } })).status).toBe('ACTIVE');
  });

  it('a ticked opt-in on the enquiry form starts the same double opt-in', async () => {
    const enquiry = enquirySchema.parse({
      name: 'Alan',
      email: 'alan@example.com',
      company: 'Bletchley',
      message: 'Hi',
      preferredContact: 'EMAIL',
      marketingOptIn: 'yes',
    });
    const { reference } = await createEnquiry(enquiry, crypto.randomUUID());
    const confirmation = await database().subscriptionConfirmation.findFirstOrThrow({
      where: { subscriber: { email: 'alan@example.com' } },
    });
    expect(confirmation).toMatchObject({ reference, source: 'form:enquiry' });
    expect(await checkConfirmation(await emailedToken('alan@example.com'))).toBe('valid');
  });
});
