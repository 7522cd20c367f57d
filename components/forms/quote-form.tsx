'use client';
// The Request a Quote form (business energy). A real form post, enhanced with instant checks.
import { requestQuote } from '@/lib/actions/request-quote';
import { supplyTypeOptions } from '@/lib/validations/choices';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { ChoiceGroup, MarketingOptIn, Purpose, SpamFields, SubmitButton } from './form-extras';
import { useProgressiveForm } from './use-progressive-form';

// formToken is issued by the page on the server for each render.
export function QuoteForm({ formToken }: { formToken: string }) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/quote').then((m) => m.quoteSchema),
    requestQuote,
    {
      formToken,
      website: '',
    },
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
      <fieldset className="form-section">
        <legend>Your business</legend>
        <Field label="Company name" autoComplete="organization" {...f.textProps('companyName')} />
        <Field label="Your name" autoComplete="name" {...f.textProps('contactName')} />
        <Field label="Email address" type="email" autoComplete="email" spellCheck={false} {...f.textProps('email')} />
        <Field label="Phone number" type="tel" autoComplete="tel" {...f.textProps('phone')} />
      </fieldset>
      <fieldset className="form-section">
        <legend>Your site and supply</legend>
        <Field
          label="Site postcode"
          autoComplete="postal-code"
          className="input-short"
          hint="The postcode of the premises the energy is for."
          {...f.textProps('sitePostcode')}
        />
        <ChoiceGroup
          name="supplyType"
          legend="What do you need a quote for?"
          options={supplyTypeOptions}
          error={f.errorFor('supplyType')}
          choiceProps={f.choiceProps}
        />
        <Field label="Current supplier" optional {...f.textProps('currentSupplier')} />
        <Field
          label="Contract end date"
          type="date"
          optional
          className="input-short"
          hint="Shown on your bill or contract."
          {...f.textProps('contractEndDate')}
        />
        <Field
          label="Approximate annual spend (£)"
          inputMode="numeric"
          className="input-short"
          hint="Give your spend or your usage, whichever you know."
          {...f.textProps('annualSpendGbp')}
        />
        <Field
          label="Approximate annual usage (kWh)"
          inputMode="numeric"
          optional
          className="input-short"
          {...f.textProps('annualUsageKwh')}
        />
        <Field
          label="MPAN (electricity supply number)"
          optional
          inputMode="numeric"
          spellCheck={false}
          hint="13 digits at the bottom of the box marked S on your electricity bill."
          {...f.textProps('mpan')}
        />
        <Field
          label="MPRN (gas meter point reference)"
          optional
          inputMode="numeric"
          spellCheck={false}
          className="input-short"
          hint="6 to 10 digits, on your gas bill."
          {...f.textProps('mprn')}
        />
      </fieldset>
      <Field label="Anything else we should know?" optional multiline rows={4} {...f.textProps('message')} />
      <Purpose>We will use these details only to prepare and discuss your quote.</Purpose>
      <MarketingOptIn {...f.choiceProps('marketingOptIn', 'yes')} />
      <SubmitButton pending={f.pending} label="Request my quote" />
    </form>
  );
}
