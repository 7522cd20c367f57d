'use client';
// The newsletter sign-up, used on /newsletter, in the privacy policy and in the footer. A real form
// post to the server action, enhanced with instant checks; the opt-in box starts unticked.
import { subscribeToNewsletter } from '@/lib/actions/subscribe-newsletter';
import { newsletterSchema } from '@/lib/validations/newsletter';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { MarketingOptIn, Purpose, SpamFields, SubmitButton } from './form-extras';
import { FormScope } from './form-scope';
import { useProgressiveForm } from './use-progressive-form';

type Props = { formToken: string; idPrefix?: string; compact?: boolean };

// formToken is issued on the server for each render; idPrefix keeps ids unique beside another form.
export function NewsletterForm({ formToken, idPrefix = 'field', compact = false }: Props) {
  const defaults = { name: '', email: '', company: '', marketingOptIn: false, formToken, website: '' };
  const f = useProgressiveForm(newsletterSchema, subscribeToNewsletter, defaults);
  return (
    <FormScope prefix={idPrefix}>
      <form
        ref={f.formRef}
        action={f.formAction}
        onSubmit={f.onSubmit}
        noValidate
        aria-describedby={`${idPrefix}-purpose`}
        aria-label="Newsletter sign-up"
        className={compact ? 'stack newsletter-compact' : 'stack'}
      >
        <ErrorSummary ref={f.summaryRef} errors={f.errors} message={f.state.status === 'error' ? f.state.message : undefined} />
        <SpamFields formToken={f.formToken} />
        <Field label="Your name" autoComplete="name" {...f.textProps('name')} />
        <Field label="Email address" type="email" autoComplete="email" spellCheck={false} {...f.textProps('email')} />
        <Field label="Company name" autoComplete="organization" optional {...f.textProps('company')} />
        <Purpose>
          We will use these details only to send you our newsletter, and only after you confirm your email address.
        </Purpose>
        <MarketingOptIn {...f.choiceProps('marketingOptIn', 'yes')} error={f.errorFor('marketingOptIn') ?? ''} />
        <SubmitButton pending={f.pending} label="Sign up" />
      </form>
    </FormScope>
  );
}
