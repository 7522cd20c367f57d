'use client';
// Importing people who agreed elsewhere; the outcome lists who was invited, skipped or not read.
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { importSubscribers } from '@/lib/actions/admin/subscribers';

const GROUPS = [
  ['invited', 'Invited to confirm'],
  ['suppressed', 'Skipped: on the suppression list (they unsubscribed; only they can sign up again)'],
  ['active', 'Skipped: already subscribed'],
  ['problems', 'Lines not read'],
] as const;

// On /admin/subscribers/import.
export function SubscriberImportForm() {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/subscriber-import').then((m) => m.subscriberImportSchema),
    importSubscribers,
    {
      list: '',
      evidence: '',
    },
  );
  const details = f.state.status === 'done' ? f.state.details : undefined;
  return (
    <>
      {f.state.status === 'done' ? (
        <div className="panel-success" role="status">
          <p>{f.state.message}</p>
          {GROUPS.filter(([key]) => details?.[key]).map(([key, label]) => (
            <details key={key} open={key !== 'invited'}>
              <summary>{label}</summary>
              <pre data-testid={`import-${key}`}>{details![key]}</pre>
            </details>
          ))}
        </div>
      ) : null}
      <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
        <ErrorSummary
          ref={summaryRef}
          errors={f.errors}
          message={f.state.status === 'error' ? f.state.message : undefined}
        />
        <Field
          label="The list"
          multiline
          rows={10}
          hint="One person per line: an email address, or email, name, company. Up to 2,000 lines."
          {...f.textProps('list')}
        />
        <Field
          label="Where they agreed"
          hint="For example: signed up on paper at our stand, Kent Business Show, 12 October 2026. Kept with each consent record."
          {...f.textProps('evidence')}
        />
        <SubmitButton pending={f.pending} label="Import and send confirmation emails" />
      </form>
    </>
  );
}
