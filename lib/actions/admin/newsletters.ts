'use server';
// Newsletters in the back office: save a draft, send a test copy to yourself, then send to every
// active subscriber. Thin: the work is in lib/data/newsletter/issues.ts and the fan-out.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { formError } from '../../action-state';
import { staffAction } from '../../auth/guarded-action';
import { createNewsletter, queueTestCopy, startSending, updateNewsletter } from '../../data/newsletter/issues';
import { nudgeOutbox } from '../../jobs/outbox-worker';
import { newsletterDraftSchema, newsletterRefSchema, sendNewsletterSchema } from '../../validations/newsletters';

// "Save draft": a new newsletter opens its own page; an existing one is updated in place.
export const saveNewsletter = staffAction(
  newsletterDraftSchema,
  async ({ newsletterId, subject, markdown }, values, { user, audit }) => {
    if (!newsletterId) {
      const id = await createNewsletter({ subject, markdown }, user.email);
      await audit({ action: 'newsletter-created', subject: id });
      redirect(`/admin/newsletters/${id}?saved=1`);
    }
    const outcome = await updateNewsletter(newsletterId, { subject, markdown }, user.email);
    if (outcome === 'gone') return formError('That newsletter no longer exists.', values);
    if (outcome === 'sending')
      return formError('This newsletter has already been sent, so it can no longer be changed.', values);
    revalidatePath(`/admin/newsletters/${newsletterId}`);
    return { status: 'done', message: 'Draft saved. The preview below shows this version.' };
  },
);

// "Send me a test": a copy marked [Test] to the signed-in member of staff.
export const sendTestNewsletter = staffAction(
  newsletterRefSchema,
  async ({ newsletterId }, _values, { user, audit }) => {
    if (!(await queueTestCopy(newsletterId, user.email))) return formError('That newsletter no longer exists.');
    await audit({ action: 'newsletter-test-sent', subject: newsletterId });
    after(() => nudgeOutbox());
    return { status: 'done', message: `A test copy is on its way to ${user.email}.` };
  },
);

// "Send to subscribers": queued in the background; the page shows its progress.
export const sendNewsletter = staffAction(sendNewsletterSchema, async ({ newsletterId }, _values, { user, audit }) => {
  const outcome = await startSending(newsletterId, user.email);
  if (outcome === 'gone') return formError('That newsletter no longer exists.');
  if (outcome === 'already') return formError('This newsletter has already been sent.');
  await audit({ action: 'newsletter-sent', subject: newsletterId });
  after(() => nudgeOutbox());
  redirect(`/admin/newsletters/${newsletterId}`);
});
