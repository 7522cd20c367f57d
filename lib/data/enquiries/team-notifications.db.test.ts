import { describe, expect, it } from 'vitest';
import { createEnquiry } from './enquiries';
import { queueOwedRequestEmails } from './owed-emails';
import { setTeamRecipients } from './team-notifications';
import { env } from '../../env';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { enquirySchema } from '../../validations/enquiry';

const database = migratedDatabaseForFile();
const enquiry = (email: string) =>
  createEnquiry(
    enquirySchema.parse({ name: 'Tia Team', email, company: 'Team Ltd', message: 'Hi', preferredContact: 'EMAIL' }),
    crypto.randomUUID(),
  );
const notified = async (reference: string) => {
  await queueOwedRequestEmails();
  return (
    await database().outboxMessage.findMany({
      where: { kind: 'enquiry-notification', textBody: { contains: reference } },
      orderBy: { toAddress: 'asc' },
    })
  ).map((m) => m.toAddress);
};

describe(`team notifications on ${process.env.TEST_DB}`, () => {
  it('go to the default address until admins set their own, then to each of theirs', async () => {
    const first = await enquiry('one@example.co.uk');
    expect(await notified(first.reference)).toEqual([env.STAFF_NOTIFICATION_TO]);
    await setTeamRecipients(['sales@lumina.test', 'ops@lumina.test'], 'admin@lumina.test');
    const second = await enquiry('two@example.co.uk');
    expect(await notified(second.reference)).toEqual(['ops@lumina.test', 'sales@lumina.test']);
    await setTeamRecipients([], 'admin@lumina.test');
    const third = await enquiry('three@example.co.uk');
    expect(await notified(third.reference)).toEqual([env.STAFF_NOTIFICATION_TO]);
  });
});
