import { describe, expect, it } from 'vitest';
import { createEnquiry } from './enquiries';
import { sendRequestReply } from './replies';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { enquirySchema } from '../../validations/enquiry';

const database = migratedDatabaseForFile();
const author = { id: crypto.randomUUID(), name: 'Sam Staff' };

describe(`replies to a request on ${process.env.TEST_DB}`, () => {
  it('queues the reply to the person, answered to the team, and keeps it in the correspondence', async () => {
    const { reference } = await createEnquiry(
      enquirySchema.parse({
        name: 'Ria Reply',
        email: 'ria@example.co.uk',
        company: 'Reply Ltd',
        message: 'Hi',
        preferredContact: 'EMAIL',
      }),
      crypto.randomUUID(),
    );
    const enquiry = await database().enquiry.findUniqueOrThrow({ where: { reference } });
    expect(
      await sendRequestReply('enquiry', enquiry.id, { subject: `Re: ${reference}`, body: 'We can help.' }, author),
    ).toBe(true);
    const note = await database().requestNote.findFirstOrThrow({
      where: { enquiryId: enquiry.id, kind: 'CORRESPONDENCE' },
    });
    expect(note).toMatchObject({
      direction: 'out',
      channel: 'email',
      author: 'Sam Staff',
      body: `Re: ${reference}\n\nWe can help.`,
    });
    const mail = await database().outboxMessage.findUniqueOrThrow({
      where: { messageKey: `enquiry-reply:${note.id}` },
    });
    expect(mail).toMatchObject({ toAddress: 'ria@example.co.uk', subject: `Re: ${reference}`, kind: 'enquiry-reply' });
    expect(JSON.stringify(mail.headers)).toContain('Reply-To');
    expect(mail.textBody).toContain('We can help.');
  });

  it('sends nothing for a request that is gone', async () => {
    expect(await sendRequestReply('quote', crypto.randomUUID(), { subject: 'x', body: 'y' }, author)).toBe(false);
    expect(await database().outboxMessage.count({ where: { kind: 'quote-reply' } })).toBe(0);
  });
});
