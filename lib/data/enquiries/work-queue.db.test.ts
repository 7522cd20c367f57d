import { describe, expect, it } from 'vitest';
import { createEnquiry } from './enquiries';
import { addRequestNote, getRequest, listRequests, setRequestStatus } from './work-queue';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { enquirySchema } from '../../validations/enquiry';

const database = migratedDatabaseForFile();
const staff = { id: crypto.randomUUID(), name: 'Sam Staff' };

async function enquiry(name: string, company: string) {
  const data = enquirySchema.parse({
    name,
    email: `${name.toLowerCase().replace(/\W/g, '')}@example.com`,
    company,
    message: 'Hello',
    preferredContact: 'EMAIL',
  });
  const { reference } = await createEnquiry(data, crypto.randomUUID());
  return database().enquiry.findUniqueOrThrow({ where: { reference } });
}

async function quote(contactName: string, companyName: string) {
  return database().quoteRequest.create({
    data: {
      reference: `QTE-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
      submissionKey: crypto.randomUUID(),
      companyName,
      contactName,
      email: 'q@example.com',
      phone: '01732 123456',
      sitePostcode: 'ME19 4YT',
      supplyType: 'GAS',
    },
  });
}

describe(`enquiries and quotes as one queue on ${process.env.TEST_DB}`, () => {
  it('lists both kinds newest first, with exact pages and counts, and filters by type, status, date and text', async () => {
    const a = await enquiry('Ada Lovelace', 'Engines Ltd');
    const b = await quote('Grace Hopper', 'Compilers Ltd');
    const c = await enquiry('Alan Turing', '50% Off_Things Ltd');
    const all = await listRequests({ page: 1, pageSize: 2 });
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.reference)).toEqual([c.reference, b.reference]);
    expect((await listRequests({ page: 2, pageSize: 2 })).rows.map((r) => [r.type, r.reference])).toEqual([
      ['enquiry', a.reference],
    ]);
    expect((await listRequests({ type: 'quote', page: 1, pageSize: 10 })).rows.map((r) => r.contact)).toEqual([
      'Grace Hopper',
    ]);
    expect((await listRequests({ q: 'engines', page: 1, pageSize: 10 })).rows.map((r) => r.id)).toEqual([a.id]);
    // LIKE wildcards in the search are literal characters.
    expect((await listRequests({ q: '50%', page: 1, pageSize: 10 })).rows.map((r) => r.id)).toEqual([c.id]);
    expect((await listRequests({ q: '_', page: 1, pageSize: 10 })).rows.map((r) => r.id)).toEqual([c.id]);
    expect((await listRequests({ q: '\'; DROP TABLE "Enquiry"; --', page: 1, pageSize: 10 })).total).toBe(0);
    expect((await listRequests({ from: new Date(Date.now() + 60_000), page: 1, pageSize: 10 })).total).toBe(0);

    await setRequestStatus('quote', b.id, 'IN_PROGRESS', staff);
    expect((await listRequests({ status: 'IN_PROGRESS', page: 1, pageSize: 10 })).rows.map((r) => r.id)).toEqual([
      b.id,
    ]);
    expect((await listRequests({ status: 'NEW', page: 1, pageSize: 10 })).total).toBe(2);
  });

  it('records status changes, notes and correspondence against the right request', async () => {
    const e = await enquiry('Mary Somerville', 'Physics Ltd');
    expect(await setRequestStatus('enquiry', e.id, 'ANSWERED', staff)).toBe('NEW');
    expect(await setRequestStatus('enquiry', e.id, 'ANSWERED', staff)).toBe('ANSWERED');
    expect(
      await addRequestNote(
        'enquiry',
        e.id,
        { kind: 'CORRESPONDENCE', body: 'Called back', direction: 'out', channel: 'phone' },
        staff,
      ),
    ).toBe(true);
    expect(await addRequestNote('enquiry', crypto.randomUUID(), { kind: 'NOTE', body: 'Lost' }, staff)).toBe(false);
    expect(await setRequestStatus('quote', e.id, 'CLOSED', staff)).toBeNull();
    const found = await getRequest('enquiry', e.id);
    expect(found?.row.status).toBe('ANSWERED');
    expect(found?.row.notes.map((n) => [n.kind, n.body, n.author])).toEqual([
      ['STATUS', 'NEW → ANSWERED', 'Sam Staff'],
      ['CORRESPONDENCE', 'Called back', 'Sam Staff'],
    ]);
  });
});
