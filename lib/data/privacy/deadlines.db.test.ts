import { describe, expect, it } from 'vitest';
import { extendDeadline, privacyDeadlines, refuseRequest } from './handling';
import { queueDeadlineReminders } from './reminders';
import { createPrivacyRequest, verifyPrivacyRequest } from './requests';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { textWithLinks } from '../../testing/opened-email';
import { privacyRequestSchema } from '../../validations/privacy-request';

const database = migratedDatabaseForFile();

// A request verified at `at`.
async function verifiedAt(email: string, at: Date) {
  const { reference } = await createPrivacyRequest(
    privacyRequestSchema.parse({ kind: 'access', name: 'Dee', email }),
    crypto.randomUUID(),
    at,
  );
  const db = database();
  const row = await db.privacyRequest.findUniqueOrThrow({ where: { reference } });
  const mail = await db.outboxMessage.findUniqueOrThrow({ where: { messageKey: `privacy-verify:${row.id}` } });
  await verifyPrivacyRequest(/token=([\w-]{43})/.exec(await textWithLinks(mail))![1]!, at);
  return db.privacyRequest.findUniqueOrThrow({ where: { id: row.id } });
}

const teamReminders = (id: string) =>
  database().outboxMessage.findMany({
    where: { messageKey: { startsWith: 'privacy-team-' }, textBody: { contains: id } },
    orderBy: { createdAt: 'asc' },
  });

describe(`data-request deadlines on ${process.env.TEST_DB}`, () => {
  it('is due one calendar month after verification, shows overdue, and reminds the team once per stage', async () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const late = await verifiedAt('late@example.com', new Date('2026-10-20T09:00:00Z'));
    const soon = await verifiedAt('soon@example.com', new Date('2026-10-28T09:00:00Z'));
    const fine = await verifiedAt('fine@example.com', new Date('2026-11-20T09:00:00Z'));
    expect(late.dueAt?.toISOString()).toBe('2026-11-20T23:59:59.999Z');
    const deadlines = await privacyDeadlines(now);
    expect(deadlines.overdue.map((r) => r.id)).toEqual([late.id]);
    expect(deadlines.dueSoon.map((r) => r.id)).toEqual([soon.id]);
    expect(deadlines.open).toBe(3);

    const results = await Promise.all([queueDeadlineReminders(now), queueDeadlineReminders(now)]);
    expect(results.reduce((n, r) => n + r.dueSoon + r.overdue, 0)).toBe(2);
    expect(await queueDeadlineReminders(now)).toEqual({ dueSoon: 0, overdue: 0 });
    expect((await teamReminders(late.id)).map((m) => m.subject)).toEqual([
      `New data request (Copy of data): ${late.reference}`,
      `Overdue data request (Copy of data): ${late.reference}`,
    ]);
    expect((await teamReminders(soon.id)).map((m) => m.kind)).toEqual([
      'privacy-team-received',
      'privacy-team-due-soon',
    ]);
    expect((await teamReminders(fine.id)).map((m) => m.kind)).toEqual(['privacy-team-received']);
    // Reminders name the request, never the person.
    for (const m of await teamReminders(late.id)) expect(m.textBody + m.htmlBody).not.toContain('late@example.com');
  });

  it('extends once by two months with a reason sent to the person; a closed request cannot be changed', async () => {
    const row = await verifiedAt('extend@example.com', new Date('2026-11-03T10:00:00Z'));
    expect(await extendDeadline(row.id, 'Several years of records to gather', 'Sam')).toBe('done');
    expect(await extendDeadline(row.id, 'Again', 'Sam')).toBe('already-extended');
    const db = database();
    const extended = await db.privacyRequest.findUniqueOrThrow({ where: { id: row.id } });
    expect(extended.extendedDueAt?.toISOString()).toBe('2027-02-03T23:59:59.999Z');
    expect(extended.extensionReason).toBe('Several years of records to gather');
    const mail = await db.outboxMessage.findUniqueOrThrow({ where: { messageKey: `privacy-extended:${row.id}` } });
    expect(mail.textBody).toContain('Several years of records to gather');
    expect(mail.textBody).toContain('by 3 February 2027');
    expect((await privacyDeadlines(new Date('2026-12-10T00:00:00Z'))).overdue.map((r) => r.id)).not.toContain(row.id);
    expect(await refuseRequest(row.id, 'Not ours', 'Sam')).toBe('done');
    expect(await refuseRequest(row.id, 'Not ours', 'Sam')).toBe('not-open');
    expect(await extendDeadline(crypto.randomUUID(), 'x', 'Sam')).toBe('not-open');
  });
});
