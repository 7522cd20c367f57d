'use server';
// The consent ledger page's one action: check the whole hash chain now.
import { redirect } from 'next/navigation';
import { requireStaff } from '../../auth/current';
import { staffActor } from '../../data/audit';
import { verifyAndRecord } from '../../data/consent/ledger';

// "Verify the ledger now": the verdict is kept in the audit log and shown on the page.
export async function verifyLedger(): Promise<void> {
  const { user } = await requireStaff();
  await verifyAndRecord(staffActor(user));
  redirect('/admin/consents?verified=1#verification');
}
