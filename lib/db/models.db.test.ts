import { beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../generated/prisma/client';
import { migratedDatabaseForFile } from '../testing/migrated-client';

const database = migratedDatabaseForFile();
let prisma: PrismaClient;
beforeAll(() => {
  prisma = database();
});

const consent = {
  kind: 'COOKIES' as const,
  consentId: 'c0ffee00-0000-4000-8000-000000000001',
  action: 'accept',
  categories: ['necessary', 'analytics'],
  source: 'banner',
  policyVersion: '2017-11-24',
  policyHash: 'abc',
  digest: 'd',
  hash: 'h',
};

describe(`data model on ${process.env.TEST_DB}`, () => {
  it('stores and reads back an enquiry, a quote request and a subscriber with created timestamps', async () => {
    const enquiry = await prisma.enquiry.create({
      data: {
        reference: 'ENQ-1',
        submissionKey: crypto.randomUUID(),
        name: 'Ada',
        email: 'ada@example.co.uk',
        company: 'Ada Ltd',
        message: 'Hello',
      },
    });
    const quote = await prisma.quoteRequest.create({
      data: {
        reference: 'QTE-1',
        submissionKey: crypto.randomUUID(),
        companyName: 'Ada Ltd',
        contactName: 'Ada',
        email: 'ada@example.co.uk',
        phone: '01732 000000',
        sitePostcode: 'ME19 4YT',
        supplyType: 'BOTH',
        contractEndDate: new Date('2027-03-31'),
        annualUsageKwh: 120_000,
      },
    });
    const subscriber = await prisma.subscriber.create({ data: { email: 'ada@example.co.uk' } });
    for (const row of [enquiry, quote, subscriber]) expect(row.createdAt).toBeInstanceOf(Date);
    expect(subscriber.status).toBe('PENDING');
    expect(enquiry.preferredContact).toBe('EMAIL');
    const read = await prisma.quoteRequest.findUniqueOrThrow({ where: { reference: 'QTE-1' } });
    expect(read.contractEndDate?.toISOString().slice(0, 10)).toBe('2027-03-31');
    expect(read.supplyType).toBe('BOTH');
  });

  it('refuses a second subscriber with the same email', async () => {
    await expect(prisma.subscriber.create({ data: { email: 'ada@example.co.uk' } })).rejects.toMatchObject({
      code: 'P2002',
    });
  });

  it('keeps consent records append-only: inserts work, updates and deletes are refused', async () => {
    const record = await prisma.consentRecord.create({ data: consent });
    expect(record.categories).toEqual(['necessary', 'analytics']);
    await expect(prisma.consentRecord.update({ where: { id: record.id }, data: { action: 'reject' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.consentRecord.delete({ where: { id: record.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.consentRecord.deleteMany()).rejects.toThrow(/append-only/);
    const stored = await prisma.consentRecord.findUniqueOrThrow({ where: { id: record.id } });
    expect(stored.action).toBe('accept');
  });

  it('lets only the personal columns of a consent record be erased, for good', async () => {
    const record = await prisma.consentRecord.create({
      data: {
        ...consent,
        digest: 'd2',
        hash: 'h2',
        email: 'e@example.com',
        ipHash: 'ip',
        uaHash: 'ua',
        personalSalt: 's',
      },
    });
    const where = { id: record.id };
    const refused = /only its personal columns may be erased/;
    // Changing (not erasing) a personal column, or erasing without the stamp, is refused.
    await expect(
      prisma.consentRecord.update({
        where,
        data: { email: 'other@example.com', identityErasedAt: new Date(), fingerprintErasedAt: new Date() },
      }),
    ).rejects.toThrow(refused);
    await expect(prisma.consentRecord.update({ where, data: { ipHash: null } })).rejects.toThrow(refused);
    await expect(
      prisma.consentRecord.update({
        where,
        data: { consentId: 'erased', email: null, personalSalt: null, identityErasedAt: new Date() },
      }),
    ).rejects.toThrow(refused);
    // The IP and browser hashes alone, then the identity.
    await prisma.consentRecord.update({ where, data: { ipHash: null, uaHash: null, fingerprintErasedAt: new Date() } });
    await expect(prisma.consentRecord.update({ where, data: { fingerprintErasedAt: null } })).rejects.toThrow(refused);
    await prisma.consentRecord.update({
      where,
      data: { consentId: 'erased', email: null, personalSalt: null, identityErasedAt: new Date() },
    });
    await expect(
      prisma.consentRecord.update({
        where,
        data: { consentId: 'c0ffee00-0000-4000-8000-000000000001', identityErasedAt: null },
      }),
    ).rejects.toThrow(refused);
    await expect(prisma.consentRecord.update({ where, data: { action: 'reject' } })).rejects.toThrow(refused);
    expect(await prisma.consentRecord.findUniqueOrThrow({ where })).toMatchObject({
      consentId: 'erased',
      email: null,
      ipHash: null,
      action: 'accept',
      hash: 'h2',
    });
  });

  it('stores hostile text inertly', async () => {
    const message = `'); DROP TABLE "Enquiry"; -- <script>alert(1)</script> \u{1F600}`;
    await prisma.enquiry.create({
      data: {
        reference: 'ENQ-2',
        submissionKey: crypto.randomUUID(),
        name: 'x',
        email: 'x@example.com',
        company: 'x',
        message,
      },
    });
    expect((await prisma.enquiry.findUniqueOrThrow({ where: { reference: 'ENQ-2' } })).message).toBe(message);
    expect(await prisma.enquiry.count()).toBe(2);
  });
});
