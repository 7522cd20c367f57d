'use client';
// The account page's second-factor forms: each change asks for the current password; new recovery
// codes are shown once, in the answer.
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { FormScope } from '@/components/forms/form-scope';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import type { ActionState } from '@/lib/action-state';
import { confirmAuthenticator } from '@/lib/actions/admin/two-factor';

type Action = (prev: ActionState, data: FormData) => Promise<ActionState>;

// Recovery codes just made, with what to do with them.
function RecoveryCodes({ message, codes }: { message: string; codes: string }) {
  return (
    <div className="panel-success" role="status">
      <p>{message}</p>
      <p>
        <strong>Keep these recovery codes somewhere safe.</strong> Each signs you in once if you lose your authenticator
        app. They are shown only now: print them or store them in a password manager.
      </p>
      <ol className="recovery-codes" data-testid="recovery-codes">
        {codes.split(' ').map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

type FieldProps = ReturnType<ReturnType<typeof useProgressiveForm>['textProps']>;

// The password field that confirms a change; with an app (`codeAllowed`), a fresh code from it will do instead.
export function ConfirmField({ codeAllowed, props }: { codeAllowed: boolean; props: FieldProps }) {
  const label = codeAllowed ? 'Current password, or a code from your app' : 'Current password';
  return <Field label={label} type="password" autoComplete="current-password" {...props} />;
}

type PasswordConfirmedProps = {
  action: Action;
  label: string;
  scope: string;
  codeAllowed: boolean;
  hidden?: Record<string, string>;
};

// A button that changes the account's sign-in, behind the current password (or an app code);
// `scope` keeps its ids apart from the page's other password fields, `hidden` says what it changes.
export function PasswordConfirmedForm({ action, label, scope, codeAllowed, hidden = {} }: PasswordConfirmedProps) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/staff').then((m) => m.confirmPasswordSchema),
    action,
    { currentPassword: '' },
  );
  if (f.state.status === 'done')
    return <RecoveryCodes message={f.state.message} codes={f.state.details?.codes ?? ''} />;
  return (
    <FormScope prefix={scope}>
      <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
        <ErrorSummary
          ref={summaryRef}
          errors={f.errors}
          message={f.state.status === 'error' ? f.state.message : undefined}
        />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <ConfirmField codeAllowed={codeAllowed} props={f.textProps('currentPassword')} />
        <SubmitButton pending={f.pending} label={label} />
      </form>
    </FormScope>
  );
}

// The first code from a newly added app confirms it; the recovery codes made then are shown. The
// page keeps this form in its place once the key is confirmed (`settingUp` false), so that the
// answer to a post without JavaScript still finds it and shows the codes.
export function ConfirmAuthenticatorForm({ settingUp }: { settingUp: boolean }) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/staff').then((m) => m.confirmAuthenticatorSchema),
    confirmAuthenticator,
    {
      code: '',
    },
  );
  if (f.state.status === 'done')
    return <RecoveryCodes message={f.state.message} codes={f.state.details?.codes ?? ''} />;
  if (!settingUp) return null;
  return (
    <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
      <ErrorSummary
        ref={summaryRef}
        errors={f.errors}
        message={f.state.status === 'error' ? f.state.message : undefined}
      />
      <Field
        label="Code from the app"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        {...f.textProps('code')}
      />
      <SubmitButton pending={f.pending} label="Turn on two-factor sign-in" />
    </form>
  );
}
