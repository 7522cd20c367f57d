// The steps that answer a data-rights request: release a copy, apply a correction, erase, or
// close it by hand. Each runs only on an OPEN request, in one transaction with its log entry.
import { logPrivacyEvent } from './events';
import { withOpenRequest } from './handling';
import { getDb } from '../../db/client';
import { env } from '../../env';
import { correctionsColumn, jsonInput } from '../json-columns';
import { collectPersonalData } from './personal-data/collect';
import { erasePersonalData } from './personal-data/erase';
import { applyCorrections, currentValues } from './personal-data/rectify';
import { privacyRequestEmails } from './request-emails';
import { DOWNLOAD_TTL_MS } from '../../privacy/kinds';
import { generateLinkToken, hashToken } from '../../security/tokens';
import { correctableFields, type CorrectableField } from '../../validations/privacy-request';

const done = (actor: string, outcome: string, now: Date) => ({
  status: 'COMPLETED' as const,
  completedAt: now,
  completedBy: actor,
  outcome,
});

// Snapshots everything held about the person and emails them a link to it (7 days, single token).
export async function releaseCopy(id: string, actor: string, now = new Date()) {
  const db = await getDb();
  const request = await db.privacyRequest.findUnique({
    where: { id },
    select: { email: true, consentIds: true, kind: true },
  });
  if (!request?.email || request.kind !== 'ACCESS') return 'not-open' as const;
  const data = await collectPersonalData(request.email, request.consentIds);
  const token = generateLinkToken();
  const expiresAt = new Date(now.getTime() + DOWNLOAD_TTL_MS);
  return withOpenRequest(id, async (tx, row) => {
    const exportData = jsonInput({ reference: row.reference, generatedAt: now.toISOString(), ...data });
    await tx.privacyRequest.update({
      where: { id },
      data: {
        exportData,
        exportTokenHash: hashToken(token),
        exportExpiresAt: expiresAt,
        releasedAt: now,
        ...done(actor, 'Copy released', now),
      },
    });
    const counts = Object.fromEntries(data.sections.map((s) => [s.key, s.records.length]));
    await logPrivacyEvent(tx, id, 'released', actor, { counts, expiresAt: expiresAt.toISOString() });
    await privacyRequestEmails(tx, row).copyReady(
      { url: `${env.SITE_URL}/privacy/download/${token}`, label: 'View and download my data' },
      expiresAt,
    );
  });
}

// Writes the requested values to every record; the log keeps what each field said before.
export async function applyRectification(id: string, actor: string, now = new Date()) {
  const db = await getDb();
  const request = await db.privacyRequest.findUnique({ where: { id }, select: { email: true } });
  // Read before the transaction: the embedded database has one connection, which the transaction holds.
  const before = request?.email ? await currentValues(request.email) : null;
  return withOpenRequest(id, async (tx, row) => {
    const corrections = correctionsColumn.parse(row.corrections);
    if (!before || !row.email || row.kind !== 'RECTIFICATION' || !Object.keys(corrections).length) return 'not-open';
    const changed = await applyCorrections(tx, row.email, corrections);
    const fields = Object.keys(corrections) as CorrectableField[];
    const labels = fields.map((f) => correctableFields[f]);
    await tx.privacyRequest.update({ where: { id }, data: done(actor, `Corrected: ${labels.join(', ')}`, now) });
    const change = Object.fromEntries(
      fields.map((f) => [f, { before: before[f], after: corrections[f] ?? null, records: changed[f] ?? 0 }]),
    );
    await logPrivacyEvent(tx, id, 'rectified', actor, change);
    await privacyRequestEmails(tx, row).corrected(labels);
  });
}

// Erases the person everywhere, then tells them (that last email is blanked once sent).
export async function eraseForRequest(id: string, actor: string, now = new Date()) {
  return withOpenRequest(id, async (tx, row) => {
    if (!row.email || row.kind !== 'ERASURE') return 'not-open';
    const counts = await erasePersonalData(tx, row.email, row.consentIds, row.reference, now);
    await tx.privacyRequest.update({ where: { id }, data: done(actor, 'Personal data erased', now) });
    await logPrivacyEvent(tx, id, 'erased', actor, counts);
    await privacyRequestEmails(tx, row).erased();
  });
}

// Closes a request handled outside the site (e.g. a correction to something the form cannot change).
export function completeRequest(id: string, note: string, actor: string, now = new Date()) {
  return withOpenRequest(id, async (tx) => {
    await tx.privacyRequest.update({ where: { id }, data: done(actor, note, now) });
    await logPrivacyEvent(tx, id, 'completed', actor, { note });
  });
}
