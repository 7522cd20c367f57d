'use server';
// The button on the confirmation page: following the emailed link only shows it, because mail
// scanners open links too; pressing it is what confirms the subscription.
import { redirect } from 'next/navigation';
import { formText } from '../action-state';
import { confirmSubscription } from '../data/newsletter/subscription';
import { requestFingerprint } from '../server/request-consent';

// A plain form post (works without JavaScript). A used link is as good as a fresh one; an unknown
// or expired one goes back to the link's page, which explains.
export async function confirmNewsletter(formData: FormData): Promise<void> {
  const token = formText(formData, 'token').slice(0, 100);
  const state = await confirmSubscription(token, await requestFingerprint());
  if (state === 'valid' || state === 'confirmed') redirect('/newsletter/confirmed');
  redirect(`/newsletter/confirm?token=${encodeURIComponent(token)}`);
}
