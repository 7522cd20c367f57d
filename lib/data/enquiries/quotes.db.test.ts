import { describe, expect, it } from 'vitest';
import { createQuoteRequest } from './quotes';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { quoteSchema } from '../../validations/quote';

const database = migratedDatabaseForFile();
const quote = (email: string, marketingOptIn: boolean) =>
  quoteSchema.parse({
    companyName: 'Engines Ltd',
    contactName: 'Ada',
    email,
    phone: '01732 123456',
    sitePostcode: 'me194yt',
    supplyType: 'ELECTRICITY',
    annualUsageKwh: '120000',
    mpan: '1312345678907',
    marketingOptIn,
  });

describe(`quote requests on ${process.env.TEST_DB}`, () => {
  it('a quote without the opt-in creates no subscriber and no marketing consent', async () => {
    const { reference } = await createQuoteRequest(quote('quote-only@example.com', false), crypto.randomUUID());
    const db = database();
    const stored = await db.quoteRequest.findUniqueOrThrow({ where: { reference } });
    expect(stored).toMatchObject({
      sitePostcode: 'ME19 4YT',
      annualUsageKwh: 120000,
      mpan: '1312345678907',
      marketingOptIn: false,
    });
    expect(await db.subscriber.count({ where: { email: 'quote-only@example.com' } })).toBe(0);
    expect(await db.consentRecord.count({ where: { email: 'quote-only@example.com' } })).toBe(0);
  });

  it('a quote with the opt-in records it separately, as from the quote form', async () => {
    await createQuoteRequest(quote('quote-and-news@example.com', true), crypto.randomUUID());
    const consent = await database().consentRecord.findFirstOrThrow({ where: { email: 'quote-and-news@example.com' } });
    expect(consent).toMatchObject({ kind: 'MARKETING', source: 'form:quote' });
  });
});
