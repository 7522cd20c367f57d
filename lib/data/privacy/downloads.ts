// The person's side of a released copy: the emailed link opens it until it expires.
import { logPrivacyEvent } from './events';
import type { PersonalData } from './personal-data/collect';
import { getDb } from '../../db/client';
import { hashToken, isWellFormedLinkToken } from '../../security/tokens';
import { dataCopyColumn } from '../json-columns';

export type DataCopy = PersonalData & { reference: string; generatedAt: string };
export type DownloadLookup = { state: 'valid'; copy: DataCopy; expiresAt: Date } | { state: 'expired' | 'invalid' };

// The copy behind a download link; each opening is logged (as "viewed" or "downloaded" as JSON).
export async function openDataCopy(
  token: string,
  how: 'viewed' | 'downloaded',
  now = new Date(),
): Promise<DownloadLookup> {
  if (!isWellFormedLinkToken(token)) return { state: 'invalid' };
  const db = await getDb();
  const row = await db.privacyRequest.findUnique({
    where: { exportTokenHash: hashToken(token) },
    select: { id: true, exportData: true, exportExpiresAt: true },
  });
  if (!row?.exportExpiresAt) return { state: 'invalid' };
  if (row.exportExpiresAt <= now || !row.exportData) return { state: 'expired' };
  await db.$transaction((tx) => logPrivacyEvent(tx, row.id, how, 'requester'));
  return { state: 'valid', copy: dataCopyColumn.parse(row.exportData), expiresAt: row.exportExpiresAt };
}
