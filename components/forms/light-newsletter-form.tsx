'use client';
// The footer's newsletter sign-up: the same form as <NewsletterForm>, checked by the server alone (with
// the shared schema), so a page whose only form it is carries neither react-hook-form nor zod.
import { subscribeToNewsletter } from '@/lib/actions/subscribe-newsletter';
import { NewsletterFields } from './newsletter-fields';
import { useServerForm } from './use-server-form';

type Props = { formToken: string; idPrefix: string };

// Compact, for the footer; formToken is '' on a prerendered page.
export function LightNewsletterForm({ formToken, idPrefix }: Props) {
  const { formRef, summaryRef, ...f } = useServerForm(subscribeToNewsletter, {
    name: '',
    email: '',
    company: '',
    marketingOptIn: false,
    formToken,
    website: '',
  });
  return <NewsletterFields f={f} formRef={formRef} summaryRef={summaryRef} idPrefix={idPrefix} compact />;
}
