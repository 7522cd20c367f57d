'use client';
// The Quick Enquiry form. A real form post to the server action, enhanced with instant checks.
import { submitEnquiry } from '@/lib/actions/submit-enquiry';
import { enquirySchema, preferredContactOptions } from '@/lib/validations/enquiry';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { MarketingOptIn, Purpose, SpamFields } from './form-extras';
import { useProgressiveForm } from './use-progressive-form';

export function EnquiryForm({ formToken }: { formToken: string }) {
  const defaults = { name: '', email: '', phone: '', company: '', message: '', preferredContact: 'EMAIL' as const, formToken, website: '' };
  const { form, formRef, summaryRef, formAction, onSubmit, pending, state, errors, errorFor, values } = useProgressiveForm(
    enquirySchema,
    submitEnquiry,
    defaults,
  );
  const { register } = form;
  // Rendered as HTML attributes too, so a form re-shown without JavaScript keeps what was typed.
  const v = values as Record<string, string | boolean | undefined>;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-describedby="form-purpose" className="stack">
      <ErrorSummary ref={summaryRef} errors={errors} message={state.status === 'error' ? state.message : undefined} />
      <SpamFields formToken={String(values.formToken ?? formToken)} />
      <Field label="Your name" autoComplete="name" defaultValue={String(v.name ?? '')} error={errorFor('name')} {...register('name')} />
      <Field label="Email address" type="email" autoComplete="email" spellCheck={false} defaultValue={String(v.email ?? '')} error={errorFor('email')} {...register('email')} />
      <Field label="Phone number" type="tel" autoComplete="tel" optional hint="Needed only if you would like us to call you." defaultValue={String(v.phone ?? '')} error={errorFor('phone')} {...register('phone')} />
      <Field label="Company name" autoComplete="organization" defaultValue={String(v.company ?? '')} error={errorFor('company')} {...register('company')} />
      <Field label="Your message" multiline rows={6} defaultValue={String(v.message ?? '')} error={errorFor('message')} {...register('message')} />
      <fieldset className={`field${errorFor('preferredContact') ? ' field-error' : ''}`} aria-describedby="field-preferredContact-error">
        <legend>How would you like us to contact you?</legend>
        <p id="field-preferredContact-error" className="error-message" aria-live="polite">
          {errorFor('preferredContact')}
        </p>
        <div className="radios inline" id="field-preferredContact">
          {preferredContactOptions.map((o) => (
            <label key={o.value}>
              <input type="radio" value={o.value} defaultChecked={v.preferredContact === o.value} {...register('preferredContact')} /> {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      <Purpose>We will use these details only to answer your enquiry.</Purpose>
      <MarketingOptIn defaultChecked={v.marketingOptIn === 'yes' || v.marketingOptIn === true} {...register('marketingOptIn')} />
      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? 'Sending…' : 'Send enquiry'}
      </button>
    </form>
  );
}
