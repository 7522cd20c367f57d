'use server';
// Reviewing feedback: approve (published if the person allowed it), hide, or withdraw the permission
// on the person's behalf (they asked by phone or email). Each decision is audited.
import { revalidatePath } from 'next/cache';
import { formError } from '../../action-state';
import { staffAction } from '../../auth/guarded-action';
import { reviewFeedback, withdrawPublication } from '../../data/have-your-say/feedback-review';
import { feedbackDecisionSchema } from '../../validations/feedback';

const refusals = {
  unknown: 'That feedback no longer exists.',
  'no-permission':
    'This person has not given (or has withdrawn) permission to publish, so it cannot be approved for the website.',
  already: 'Permission to publish had already been withdrawn.',
} as const;

// One action for the row's buttons, told apart by `decision`.
export const decideFeedback = staffAction(
  feedbackDecisionSchema,
  async ({ feedbackId, decision }, _v, { user, audit }) => {
    const outcome =
      decision === 'WITHDRAW'
        ? await withdrawPublication(feedbackId, `staff:${user.name}`)
        : await reviewFeedback(feedbackId, decision, user.name);
    if (outcome in refusals) return formError(refusals[outcome as keyof typeof refusals]);
    await audit({ action: `feedback-${decision.toLowerCase()}`, subject: feedbackId });
    revalidatePath('/admin/feedback');
    revalidatePath('/');
    return {
      status: 'done',
      message: decision === 'APPROVED' ? 'Approved.' : decision === 'HIDDEN' ? 'Hidden.' : 'Permission withdrawn.',
    };
  },
);
