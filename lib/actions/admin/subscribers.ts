'use server';
// Staff acting for subscribers: unsubscribing someone who asked them directly, and importing a list.
import { redirect } from 'next/navigation';
import { formError } from '../../action-state';
import { staffAction } from '../../auth/guarded-action';
import { importSubscribers as importList } from '../../data/newsletter/subscriber-import';
import { unsubscribe } from '../../data/newsletter/unsubscribe';
import { parseImportList, subscriberImportSchema } from '../../validations/subscriber-import';
import { staffUnsubscribeSchema } from '../../validations/subscribers';

// "Unsubscribe at their request": withdrawal recorded, address suppressed, queued newsletters cancelled.
export const unsubscribeSubscriber = staffAction(
  staffUnsubscribeSchema,
  async ({ subscriberId, channel, note }, _values, { audit }) => {
    const { outcome, email } = await unsubscribe(subscriberId, { source: `staff:${channel}`, reason: 'staff' });
    if (outcome === 'unknown') return formError('That subscriber no longer exists.');
    await audit({
      action: 'subscriber-unsubscribed',
      subject: email,
      detail: { channel, note: note || null, outcome },
    });
    // The page then shows them as unsubscribed, with this outcome announced.
    redirect(`/admin/subscribers/${subscriberId}?unsubscribed=${outcome}`);
  },
);

const listed = (rows: { email: string }[]) => rows.map((r) => r.email).join('\n');

// "Import": each new address gets a confirmation email; suppressed and active ones are skipped.
export const importSubscribers = staffAction(
  subscriberImportSchema,
  async ({ list, evidence }, values, { user, audit }) => {
    const { rows, problems } = parseImportList(list);
    if (!rows.length)
      return {
        status: 'error',
        message: 'The list has no valid email addresses.',
        fieldErrors: { list: problems[0]?.problem ?? 'Enter the list' },
        values,
      };
    const result = await importList(rows, { evidence, by: user.email });
    const counts = {
      invited: result.invited.length,
      suppressed: result.suppressed.length,
      active: result.active.length,
      problems: problems.length,
    };
    await audit({ action: 'subscribers-imported', detail: { ...counts, evidence } });
    return {
      status: 'done',
      message: `${counts.invited} invited to confirm by email; ${counts.suppressed} skipped (on the suppression list); ${counts.active} already subscribed; ${counts.problems} ${counts.problems === 1 ? 'line' : 'lines'} not read.`,
      details: {
        invited: listed(result.invited),
        suppressed: listed(result.suppressed),
        active: listed(result.active),
        problems: problems.map((p) => `Line ${p.line} (${p.text}): ${p.problem}`).join('\n'),
      },
    };
  },
);
