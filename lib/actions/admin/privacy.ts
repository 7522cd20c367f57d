'use server';
// Answering data-rights requests in the back office. Each step runs only on an open request, is
// logged on the request and in the audit log, and emails the person where the law says they must hear.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { type ActionState, formError } from '../../action-state';
import { type StaffContext, staffAction } from '../../auth/guarded-action';
import { applyRectification, completeRequest, eraseForRequest, releaseCopy } from '../../data/privacy/fulfil';
import { extendDeadline, refuseRequest, type StepOutcome } from '../../data/privacy/handling';
import { nudgeOutbox } from '../../jobs/outbox-worker';
import { type PrivacyStep } from '../../privacy/steps';
import {
  privacyEraseSchema,
  privacyNoteSchema,
  privacyReasonSchema,
  privacyStepSchema,
} from '../../validations/privacy-admin';

const answers: Record<Exclude<StepOutcome, 'done'>, string> = {
  'not-open':
    'This request is no longer open (someone may have just dealt with it). Reload the page to see where it stands.',
  'already-extended': 'The deadline has already been extended once; the law allows no more.',
};

// Audits the step, sends any email it queued, and goes back to the request's page, which says
// what was done (the form itself may no longer be there once the request is closed).
async function finish(
  outcome: StepOutcome,
  step: PrivacyStep,
  requestId: string,
  { audit }: StaffContext,
): Promise<ActionState> {
  if (outcome !== 'done') return formError(answers[outcome]);
  await audit({ action: `privacy-request-${step}`, subject: requestId });
  after(() => nudgeOutbox());
  revalidatePath('/admin/privacy');
  redirect(`/admin/privacy/${requestId}?done=${step}`);
}

// Access: snapshot the data and email the person a link to it.
export const releaseCopyAction = staffAction(privacyStepSchema, async ({ requestId }, _v, session) =>
  finish(await releaseCopy(requestId, session.user.name), 'released', requestId, session),
);

// Rectification: write the requested values everywhere.
export const applyRectificationAction = staffAction(privacyStepSchema, async ({ requestId }, _v, session) =>
  finish(await applyRectification(requestId, session.user.name), 'rectified', requestId, session),
);

// Erasure: irreversible, so the form asks for a ticked confirmation first.
export const eraseAction = staffAction(privacyEraseSchema, async ({ requestId }, _v, session) =>
  finish(await eraseForRequest(requestId, session.user.name), 'erased', requestId, session),
);

// Two more months, once, with the reason the person is sent.
export const extendAction = staffAction(privacyReasonSchema, async ({ requestId, reason }, _v, session) =>
  finish(await extendDeadline(requestId, reason, session.user.name), 'extended', requestId, session),
);

// Declining a request, with the reason the person is sent.
export const refuseAction = staffAction(privacyReasonSchema, async ({ requestId, reason }, _v, session) =>
  finish(await refuseRequest(requestId, reason, session.user.name), 'refused', requestId, session),
);

// Closing a request dealt with outside the site.
export const completeAction = staffAction(privacyNoteSchema, async ({ requestId, reason }, _v, session) =>
  finish(await completeRequest(requestId, reason, session.user.name), 'completed', requestId, session),
);
