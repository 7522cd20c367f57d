import { describe, expect, it } from 'vitest';
import { createEnquiry } from './enquiries';
import { countRequests, matchingRequests } from './work-queue';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { enquirySchema } from '../../validations/enquiry';

migratedDatabaseForFile();

describe(`exporting the work queue on ${process.env.TEST_DB}`, () => {
  it('streams every match once, oldest first, across batches, even as new requests arrive', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const input = enquirySchema.parse({
        name: `Ex ${i}`,
        email: `ex${i}@example.co.uk`,
        company: 'Batch Ltd',
        message: 'Hi',
        preferredContact: 'EMAIL',
      });
      made.push((await createEnquiry(input, crypto.randomUUID())).reference);
    }
    expect(await countRequests({ q: 'Batch Ltd' })).toBe(5);
    const seen: string[] = [];
    for await (const rows of matchingRequests({ q: 'Batch Ltd' }, 2)) {
      seen.push(...rows.map((r) => r.reference));
      // One arriving mid-export comes last, never twice or in place of another.
      if (seen.length === 2) {
        const late = enquirySchema.parse({
          name: 'Late',
          email: 'late@example.co.uk',
          company: 'Batch Ltd',
          message: 'Hi',
          preferredContact: 'EMAIL',
        });
        made.push((await createEnquiry(late, crypto.randomUUID())).reference);
      }
    }
    // (Two made within one millisecond may come in either order: their references decide.)
    expect(seen).toHaveLength(made.length);
    expect(new Set(seen)).toEqual(new Set(made));
    expect(seen.at(-1)).toBe(made.at(-1));
  });
});
