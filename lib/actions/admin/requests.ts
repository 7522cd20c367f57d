'use server';
// Working an enquiry or quote: move it through new, in progress, answered and closed, keep internal
// notes and correspondence on file, and reply by email.
import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { formError } from '../../action-state';
import { staffAction } from '../../auth/guarded-action';
import { sendRequestReply } from '../../data/enquiries/replies';
import { addRequestNote, setRequestStatus } from '../../data/enquiries/work-queue';
import { nudgeOutbox } from '../../jobs/outbox-worker';
import { noteSchema, replySchema, statusChangeSchema, statusLabel } from '../../validations/requests';

const gone = formError('That request no longer exists.');

// The status form on a request's page.
export const changeRequestStatus = staffAction(
  statusChangeSchema,
  async ({ type, requestId, status }, _values, { user, audit }) => {
    const previous = await setRequestStatus(type, requestId, status, user);
    if (previous === null) return gone;
    await audit({
      action: 'request-status-changed',
      subject: `${type}:${requestId}`,
      detail: { from: previous, to: status },
    });
    revalidatePath(`/admin/requests/${type}/${requestId}`);
    return { status: 'done', message: `Status set to ${statusLabel(status)}.` };
  },
);

// The note form on a request's page.
export const addNote = staffAction(
  noteSchema,
  async ({ type, requestId, kind, direction, channel, body }, _values, { user, audit }) => {
    const note = kind === 'NOTE' ? { kind, body } : { kind, body, direction: direction as 'in' | 'out', channel };
    if (!(await addRequestNote(type, requestId, note, user))) return gone;
    await audit({ action: 'request-note-added', subject: `${type}:${requestId}`, detail: { kind } });
    revalidatePath(`/admin/requests/${type}/${requestId}`);
    return { status: 'done', message: kind === 'NOTE' ? 'Note added.' : 'Correspondence recorded.' };
  },
);

// "Reply by email": the reply goes to the person and into the request's correspondence.
export const replyToRequest = staffAction(
  replySchema,
  async ({ type, requestId, subject, body }, _values, { user, audit }) => {
    if (!(await sendRequestReply(type, requestId, { subject, body }, user))) return gone;
    await audit({ action: 'request-replied', subject: `${type}:${requestId}` });
    after(() => nudgeOutbox());
    revalidatePath(`/admin/requests/${type}/${requestId}`);
    return { status: 'done', message: 'Your reply has been sent, and is kept in the record below.' };
  },
);
