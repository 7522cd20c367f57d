'use client';
// The Quick Enquiry form. A real form post to the server action, enhanced with instant checks.
import { submitEnquiry } from '@/lib/actions/submit-enquiry';
import { preferredContactOptions } from '@/lib/validations/choices';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { ChoiceGroup, MarketingOptIn, Purpose, SpamFields, SubmitButton } from './form-extras';
import { useProgressiveForm } from './use-progressive-form';

// formToken is issued by the page on the server for each render.
export function EnquiryForm({ formToken }: { formToken: string }) {
  const defaults = {
    name: '',
    email: '',
    phone: '',
    company: '',
    message: '',
    preferredContact: 'EMAIL' as const,
    formToken,
    website: '',
  };
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/enquiry').then((m) => m.enquirySchema),
    submitEnquiry,
    defaults,
  );
  return (
    <form
      ref={formRef}
      action={f.formAction}
      onSubmit={f.onSubmit}
      noValidate
      aria-describedby="field-purpose"
      className="stack"
    >
      <ErrorSummary
        ref={summaryRef}
        errors={f.errors}
        message={f.state.status === 'error' ? f.state.message : undefined}
      />
      <SpamFields formToken={f.formToken} />
      <Field label="Your name" autoComplete="name" {...f.textProps('name')} />
      <Field label="Email address" type="email" autoComplete="email" spellCheck={false} {...f.textProps('email')} />
      <Field
        label="Phone number"
        type="tel"
        autoComplete="tel"
        optional
        hint="Needed only if you would like us to call you."
        {...f.textProps('phone')}
      />
      <Field label="Company name" autoComplete="organization" {...f.textProps('company')} />
      <Field label="Your message" multiline rows={6} {...f.textProps('message')} />
      <ChoiceGroup
        name="preferredContact"
        legend="How would you like us to contact you?"
        options={preferredContactOptions}
        error={f.errorFor('preferredContact')}
        choiceProps={f.choiceProps}
      />
      <Purpose>We will use these details only to answer your enquiry.</Purpose>
      <MarketingOptIn {...f.choiceProps('marketingOptIn', 'yes')} />
      <SubmitButton pending={f.pending} label="Send enquiry" />
    </form>
  );
}
