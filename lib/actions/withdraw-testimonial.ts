'use server';
// The button on the page an emailed withdrawal link opens (opening the link changes nothing, as
// mail scanners open links too). Works without JavaScript.
import { redirect } from 'next/navigation';
import { formText } from '../action-state';
import { WITHDRAW_PURPOSE } from '../data/have-your-say/feedback';
import { withdrawPublication } from '../data/have-your-say/feedback-review';
import { readLinkId } from '../data/newsletter/unsubscribe-link';

// Withdraws and goes back to the link's page, which then says it is done.
export async function withdrawTestimonial(formData: FormData): Promise<void> {
  const token = formText(formData, 'token').slice(0, 200);
  const id = await readLinkId(WITHDRAW_PURPOSE, token);
  if (id) await withdrawPublication(id, 'email:withdraw-link');
  redirect(`/feedback/withdraw/${encodeURIComponent(token)}`);
}
