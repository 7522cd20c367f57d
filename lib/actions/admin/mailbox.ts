'use server';
// Mailbox actions: give an email that failed for good another round of attempts.
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { z } from 'zod';
import { formError } from '../../action-state';
import { staffAction } from '../../auth/guarded-action';
import { retryMailboxMessage } from '../../data/email/mailbox';
import { nudgeOutbox } from '../../jobs/outbox-worker';

// The "Try sending again" button on a failed message.
export const retryEmail = staffAction(
  z.object({ messageId: z.uuid({ error: 'That email could not be found' }) }),
  async ({ messageId: id }, values, { audit }) => {
    if (!(await retryMailboxMessage(id)))
      return formError('Only an email that could not be sent can be tried again.', values);
    await audit({ action: 'email-retried', subject: id });
    after(() => nudgeOutbox());
    redirect(`/admin/mailbox/${id}?retried=1`);
  },
);
