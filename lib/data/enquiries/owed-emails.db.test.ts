import { describe, expect, it } from 'vitest';
import { createEnquiry } from './enquiries';
import { queueOwedRequestEmails } from './owed-emails';
import { createQuoteRequest } from './quotes';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { enquirySchema } from '../../validations/enquiry';
import { quoteSchema } from '../../validations/quote';

const database = migratedDatabaseForFile();
const enquiry = (email: string, marketingOptIn = false) =>
  createEnquiry(
    enquirySchema.parse({
      name: 'Owen Owed',
      email,
      company: 'Owed Ltd',
      message: 'Hello',
      preferredContact: 'EMAIL',
      marketingOptIn,
    }),
    crypto.randomUUID(),
  );
const quote = (email: string) =>
  createQuoteRequest(
    quoteSchema.parse({
      companyName: 'Owed Ltd',
      contactName: 'Owen',
      email,
      phone: '01732 123456',
      sitePostcode: 'me194yt',
      supplyType: 'GAS',
      annualSpendGbp: '9000',
      marketingOptIn: false,
    }),
    crypto.randomUUID(),
  );
// Each stored request's emails, by message key, and how many requests still owe theirs.
const emailsFor = async (prefix: string) =>
  (await database().outboxMessage.findMany({ where: { toAddress: { startsWith: prefix } } })).map((m) => m.kind);
const owed = async () =>
  (await database().enquiry.count({ where: { emailsQueuedAt: null } })) +
  (await database().quoteRequest.count({ where: { emailsQueuedAt: null } }));

describe(`a request's owed emails on ${process.env.TEST_DB}`, () => {
  it('are owed when it is stored and queued once by the worker, with the opt-in’s confirmation queued at once', async () => {
    await enquiry('owed.one@example.com', true);
    await quote('owed.two@example.com');
    // The opt-in's confirmation is part of the submission's own transaction; the request's emails are owed.
    expect(await emailsFor('owed.one@')).toEqual(['newsletter-confirmation']);
    expect(await emailsFor('owed.two@')).toEqual([]);
    expect(await owed()).toBe(2);
    expect(await queueOwedRequestEmails()).toBe(2);
    expect((await emailsFor('owed.one@')).sort()).toEqual(['enquiry-acknowledgement', 'newsletter-confirmation']);
    expect(await emailsFor('owed.two@')).toEqual(['quote-acknowledgement']);
    expect(await owed()).toBe(0);
    expect(await queueOwedRequestEmails()).toBe(0);
    expect(await emailsFor('owed.one@')).toHaveLength(2);
  });

  it('are queued exactly once for each request when several workers run at once, over several batches', async () => {
    for (let i = 0; i < 12; i++) await (i % 3 ? enquiry(`many.${i}@example.com`) : quote(`many.${i}@example.com`));
    const rounds = await Promise.all(Array.from({ length: 3 }, () => queueOwedRequestEmails(5)));
    expect(rounds.reduce((a, b) => a + b, 0)).toBe(12);
    expect(await owed()).toBe(0);
    const acknowledgements = await database().outboxMessage.groupBy({
      by: ['toAddress'],
      where: { toAddress: { startsWith: 'many.' } },
      _count: true,
    });
    expect(acknowledgements).toHaveLength(12);
    expect(acknowledgements.every((a) => a._count === 1)).toBe(true);
  });
});
