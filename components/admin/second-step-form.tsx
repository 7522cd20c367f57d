'use client';
// The second step of signing in: one field for a code from the authenticator app or a recovery code.
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { verifySecondStep } from '@/lib/actions/staff-sign-in';

// `next` is where to go once signed in.
export function SecondStepForm({ next }: { next: string }) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/staff').then((m) => m.secondStepSchema),
    verifySecondStep,
    { code: '', next },
  );
  return (
    <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
      <ErrorSummary
        ref={summaryRef}
        errors={f.errors}
        title="You are not signed in"
        message={f.state.status === 'error' ? f.state.message : undefined}
      />
      <input type="hidden" name="next" value={next} />
      <Field
        label="Code"
        hint="The 6-digit code your authenticator app shows now, or one of your recovery codes."
        type="text"
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="none"
        {...f.textProps('code')}
      />
      <SubmitButton pending={f.pending} label="Continue" />
    </form>
  );
}
