'use client';
// The back-office sign-in form: a real form post, enhanced with instant checks.
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { signIn } from '@/lib/actions/staff-sign-in';

// `next` is where to go after signing in (a back-office path; anything else goes to the dashboard).
export function SignInForm({ next }: { next: string }) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/staff').then((m) => m.signInSchema),
    signIn,
    { email: '', password: '', next },
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
      <Field label="Email address" type="email" autoComplete="username" spellCheck={false} {...f.textProps('email')} />
      <Field label="Password" type="password" autoComplete="current-password" {...f.textProps('password')} />
      <SubmitButton pending={f.pending} label="Sign in" />
    </form>
  );
}
