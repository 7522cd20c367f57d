'use client';
// Changing your own password (the current one is asked for first).
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { changePassword } from '@/lib/actions/admin/account';

// On the account page.
export function ChangePasswordForm() {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/staff').then((m) => m.changePasswordSchema),
    changePassword,
    {
      currentPassword: '',
      password: '',
      confirmPassword: '',
    },
  );
  return (
    <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
      <ErrorSummary
        ref={summaryRef}
        errors={f.errors}
        message={f.state.status === 'error' ? f.state.message : undefined}
      />
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        {...f.textProps('currentPassword')}
      />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters."
        {...f.textProps('password')}
      />
      <Field
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        {...f.textProps('confirmPassword')}
      />
      <SubmitButton pending={f.pending} label="Change password" />
    </form>
  );
}
