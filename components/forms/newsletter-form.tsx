'use client';
// The newsletter sign-up on /newsletter and in the privacy policy: a real form post to the server
// action, enhanced with instant checks from the shared schema; the opt-in box starts unticked.
import { subscribeToNewsletter } from '@/lib/actions/subscribe-newsletter';
import { NewsletterFields } from './newsletter-fields';
import { useProgressiveForm } from './use-progressive-form';

type Props = { formToken: string; idPrefix?: string; compact?: boolean };

// formToken is issued on the server for each render ('' on a prerendered page); idPrefix keeps ids unique.
export function NewsletterForm({ formToken, idPrefix = 'field', compact = false }: Props) {
  const defaults = { name: '', email: '', company: '', marketingOptIn: false, formToken, website: '' };
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/newsletter').then((m) => m.newsletterSchema),
    subscribeToNewsletter,
    defaults,
  );
  return <NewsletterFields f={f} formRef={formRef} summaryRef={summaryRef} idPrefix={idPrefix} compact={compact} />;
}
