'use client';
// The feedback form. A real form post to the server action, enhanced with instant checks. Permission
// to publish is a separate question that starts at "no"; the marketing opt-in starts unticked.
import { sendFeedback } from '@/lib/actions/send-feedback';
import { publishOptions, ratingOptions } from '@/lib/validations/choices';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { ChoiceGroup, MarketingOptIn, Purpose, SpamFields, SubmitButton } from './form-extras';
import { useProgressiveForm } from './use-progressive-form';

// formToken is issued by the page on the server for each render.
export function FeedbackForm({ formToken }: { formToken: string }) {
  const defaults = {
    name: '',
    email: '',
    company: '',
    rating: '' as const,
    message: '',
    permission: 'NONE' as const,
    formToken,
    website: '',
  };
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/feedback').then((m) => m.feedbackSchema),
    sendFeedback,
    defaults,
  );
  return (
    <form
      ref={formRef}
      action={f.formAction}
      onSubmit={f.onSubmit}
      noValidate
      aria-describedby="field-purpose"
      aria-label="Feedback"
      className="stack"
    >
      <ErrorSummary
        ref={summaryRef}
        errors={f.errors}
        message={f.state.status === 'error' ? f.state.message : undefined}
      />
      <SpamFields formToken={f.formToken} />
      <Field label="Your name" autoComplete="name" {...f.textProps('name')} />
      <Field
        label="Email address"
        type="email"
        autoComplete="email"
        spellCheck={false}
        hint="So we can reply, and so you can withdraw any permission to publish."
        {...f.textProps('email')}
      />
      <Field label="Company name" autoComplete="organization" optional {...f.textProps('company')} />
      <ChoiceGroup
        name="rating"
        legend="How would you rate us, from 1 (poor) to 5 (excellent)? (optional)"
        options={ratingOptions}
        error={f.errorFor('rating')}
        choiceProps={f.choiceProps}
      />
      <Field label="Your feedback" multiline rows={6} {...f.textProps('message')} />
      <ChoiceGroup
        name="permission"
        legend="May we publish your feedback as a testimonial?"
        options={publishOptions}
        error={f.errorFor('permission')}
        choiceProps={f.choiceProps}
        stacked
      />
      <Purpose>
        We will use your feedback to improve our service, and publish it only if you said yes above. You can withdraw
        that permission at any time.
      </Purpose>
      <MarketingOptIn {...f.choiceProps('marketingOptIn', 'yes')} />
      <SubmitButton pending={f.pending} label="Send feedback" />
    </form>
  );
}
