'use client';
// The data-rights request form. A real form post to the server action, enhanced with instant
// checks. It has no marketing opt-in on purpose: asking for marketing consent on a form used to
// object to marketing or to be erased would be neither fair nor freely given.
import Link from 'next/link';
import { requestPrivacyAction } from '@/lib/actions/request-privacy';
import { privacyRequestKinds } from '@/lib/validations/choices';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { ChoiceGroup, Purpose, SpamFields, SubmitButton } from './form-extras';
import { useProgressiveForm } from './use-progressive-form';

// formToken is issued by the page on the server for each render.
export function PrivacyRequestForm({ formToken }: { formToken: string }) {
  const defaults = {
    name: '',
    email: '',
    consentId: '',
    correctName: '',
    correctCompany: '',
    correctPhone: '',
    details: '',
    formToken,
    website: '',
  };
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/privacy-request').then((m) => m.privacyRequestSchema),
    requestPrivacyAction,
    defaults,
  );
  return (
    <form
      ref={formRef}
      action={f.formAction}
      onSubmit={f.onSubmit}
      noValidate
      aria-describedby="field-purpose"
      aria-label="Data request"
      className="stack"
    >
      <ErrorSummary
        ref={summaryRef}
        errors={f.errors}
        message={f.state.status === 'error' ? f.state.message : undefined}
      />
      <SpamFields formToken={f.formToken} />
      <ChoiceGroup
        name="kind"
        legend="What would you like us to do?"
        options={privacyRequestKinds}
        error={f.errorFor('kind')}
        choiceProps={f.choiceProps}
        stacked
      />
      <Field label="Your name" autoComplete="name" {...f.textProps('name')} />
      <Field
        label="Email address"
        type="email"
        autoComplete="email"
        spellCheck={false}
        hint="The address you used with us. We will email it a link to confirm the request is yours."
        {...f.textProps('email')}
      />
      <fieldset className="stack subtle">
        <legend>If you are asking for a correction</legend>
        <p className="hint">Fill in only what should change. We will correct it on every record we hold about you.</p>
        <Field label="Correct name" autoComplete="off" optional {...f.textProps('correctName')} />
        <Field label="Correct company name" autoComplete="off" optional {...f.textProps('correctCompany')} />
        <Field label="Correct phone number" type="tel" autoComplete="off" optional {...f.textProps('correctPhone')} />
      </fieldset>
      <Field
        label="Details"
        multiline
        rows={4}
        optional
        hint="Anything else that would help, such as what is wrong if it is not listed above."
        {...f.textProps('details')}
      />
      <Field
        label="Cookie consent ID"
        optional
        spellCheck={false}
        autoComplete="off"
        hint={
          <>
            To include your cookie choices, copy the ID shown on{' '}
            <Link href="/cookie-settings">your cookie settings page</Link>.
          </>
        }
        {...f.textProps('consentId')}
      />
      <Purpose>We will use these details only to confirm who you are and to act on this request.</Purpose>
      <SubmitButton pending={f.pending} label="Send request" />
    </form>
  );
}
