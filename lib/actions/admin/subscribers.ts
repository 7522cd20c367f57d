'use server';
// Staff acting for a subscriber who asked them directly (by phone, email, letter or in person).
import { redirect } from 'next/navigation';
import { staffAction } from '../../auth/guarded-action';
import { recordAudit } from '../../data/audit';
import { unsubscribe } from '../../data/unsubscribe';
import { staffUnsubscribeSchema } from '../../validations/subscribers';

// "Unsubscribe at their request": withdrawal recorded, address suppressed, queued newsletters cancelled.
export const unsubscribeSubscriber = staffAction(staffUnsubscribeSchema, async ({ subscriberId, channel, note }, _values, { user }) => {
  const { outcome, email } = await unsubscribe(subscriberId, { source: `staff:${channel}`, reason: 'staff' });
  if (outcome === 'unknown') return { status: 'error', message: 'That subscriber no longer exists.', fieldErrors: {}, values: {} };
  await recordAudit({ id: user.id, label: user.email }, { action: 'subscriber-unsubscribed', subject: email, detail: { channel, note: note || null, outcome } });
  // The page then shows them as unsubscribed, with this outcome announced.
  redirect(`/admin/subscribers/${subscriberId}?unsubscribed=${outcome}`);
});
