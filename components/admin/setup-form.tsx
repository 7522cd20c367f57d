'use client';
// Choosing a password from a set-up link (and, for the first admin, giving an email address).
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { completeStaffSetup } from '@/lib/actions/staff-sign-in';

type Props = { token: string; firstAdmin: boolean; email: string | null; name: string | null };

// The email is fixed for an invited colleague, and asked for only when creating the first admin.
export function SetupForm({ token, firstAdmin, email, name }: Props) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/staff').then((m) => m.setupSchema),
    completeStaffSetup,
    {
      token,
      name: name ?? '',
      email: email ?? '',
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
      <input type="hidden" name="token" value={token} />
      <Field label="Your name" autoComplete="name" {...f.textProps('name')} />
      {firstAdmin ? (
        <Field
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          hint="You will sign in with this address."
          {...f.textProps('email')}
        />
      ) : (
        <p>
          You will sign in as <strong>{email}</strong>.
        </p>
      )}
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. A few unrelated words make a strong, memorable password."
        {...f.textProps('password')}
      />
      <Field label="Confirm password" type="password" autoComplete="new-password" {...f.textProps('confirmPassword')} />
      <SubmitButton pending={f.pending} label={firstAdmin ? 'Create admin account' : 'Save password and sign in'} />
    </form>
  );
}
