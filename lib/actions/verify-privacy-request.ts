'use server';
// The button on the verification page: following the emailed link only shows it (mail scanners
// open links too); pressing it is what proves the address and starts the request.
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { formText } from '../action-state';
import { verifyPrivacyRequest } from '../data/privacy/requests';
import { nudgeOutbox } from '../jobs/outbox-worker';

// A plain form post (works without JavaScript); any link that cannot be used goes back to the
// link's page, which explains why.
export async function confirmPrivacyRequest(formData: FormData): Promise<void> {
  const token = formText(formData, 'token').slice(0, 100);
  const { state, reference, kind } = await verifyPrivacyRequest(token);
  if (state === 'valid' && reference) {
    after(() => nudgeOutbox());
    redirect(`/privacy/verify?done=${encodeURIComponent(reference)}${kind === 'OBJECTION' ? '&stopped=1' : ''}`);
  }
  redirect(`/privacy/verify?token=${encodeURIComponent(token)}`);
}
