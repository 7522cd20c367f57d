import { describe, expect, it } from 'vitest';
import { createFeedback, publishedTestimonials, WITHDRAW_PURPOSE } from './feedback';
import { reviewFeedback, withdrawPublication } from './feedback-review';
import { readSignedId } from '../../email/signed-id';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { textWithLinks } from '../../testing/opened-email';
import { feedbackSchema } from '../../validations/feedback';
import { verifyConsentLedger } from '../consent/records';
import { getSecrets } from '../site/secrets';

const database = migratedDatabaseForFile();
const send = (email: string, permission: 'NONE' | 'NAMED' | 'ANONYMOUS', message = 'Saved us a fortune') =>
  createFeedback(
    feedbackSchema.parse({ name: 'Fay', email, company: 'Fay Ltd', rating: '5', message, permission }),
    crypto.randomUUID(),
  );

describe(`feedback and testimonials on ${process.env.TEST_DB}`, () => {
  it('publishes only approved feedback whose author allowed it, and a withdrawal takes it down at once', async () => {
    const db = database();
    const named = await send('named@example.com', 'NAMED', 'Named praise');
    const anonymous = await send('anon@example.com', 'ANONYMOUS', 'Anonymous praise');
    const privateOne = await send('private@example.com', 'NONE', 'Private note');
    const ids = Object.fromEntries(
      await Promise.all(
        [named, anonymous, privateOne].map(async ({ reference }): Promise<[string, string]> => [
          reference,
          (await db.feedback.findUniqueOrThrow({ where: { reference } })).id,
        ]),
      ),
    );
    expect(await reviewFeedback(ids[privateOne.reference]!, 'APPROVED', 'Sam')).toBe('no-permission');
    for (const r of [named, anonymous]) expect(await reviewFeedback(ids[r.reference]!, 'APPROVED', 'Sam')).toBe('done');
    expect((await publishedTestimonials()).map((t) => [t.quote, t.attribution]).sort()).toEqual([
      ['Anonymous praise', 'A Lumina Energy customer'],
      ['Named praise', 'Fay, Fay Ltd'],
    ]);

    // The permission is in the consent ledger with its wording; the email's link withdraws it.
    const grant = await db.consentRecord.findFirstOrThrow({
      where: { kind: 'PUBLICATION', consentId: ids[named.reference]! },
    });
    expect(grant).toMatchObject({
      action: 'grant',
      categories: ['named'],
      wording: expect.stringContaining('with my name and company'),
    });
    const mail = await db.outboxMessage.findUniqueOrThrow({
      where: { messageKey: `feedback-received:${ids[named.reference]!}` },
    });
    const token = /\/feedback\/withdraw\/(\S+)/.exec(await textWithLinks(mail))![1]!;
    expect(readSignedId((await getSecrets()).unsubscribe, WITHDRAW_PURPOSE, token)).toBe(ids[named.reference]!);
    expect(readSignedId((await getSecrets()).unsubscribe, 'unsubscribe', token)).toBeNull();
    const privateMail = await db.outboxMessage.findUniqueOrThrow({
      where: { messageKey: `feedback-received:${ids[privateOne.reference]!}` },
    });
    expect(privateMail.textBody).not.toContain('/feedback/withdraw/');

    const results = await Promise.all([
      withdrawPublication(ids[named.reference]!, 'email:withdraw-link'),
      withdrawPublication(ids[named.reference]!, 'email:withdraw-link'),
    ]);
    expect(results.sort()).toEqual(['already', 'withdrawn']);
    expect((await publishedTestimonials()).map((t) => t.quote)).toEqual(['Anonymous praise']);
    expect(await reviewFeedback(ids[named.reference]!, 'APPROVED', 'Sam')).toBe('no-permission');
    expect(await db.consentRecord.count({ where: { kind: 'PUBLICATION', action: 'withdraw' } })).toBe(1);
    expect(await verifyConsentLedger()).toMatchObject({ ok: true });
  });
});
