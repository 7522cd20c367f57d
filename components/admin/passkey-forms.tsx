'use client';
// Passkey forms: adding one on the account page, and signing in with one. Each is two calls to the
// server around the browser's own passkey step, so each needs JavaScript; without it (or in a browser
// without passkeys) a short note says so instead, and the password and code forms still work.
import { browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { useActionState, useSyncExternalStore } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { FormScope } from '@/components/forms/form-scope';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { type ActionState, formError, formText, formValues, idle } from '@/lib/action-state';
import { finishAddingPasskey, startAddingPasskey } from '@/lib/actions/admin/passkeys';
import { finishSecondStepWithPasskey, passkeyChallenge, signInWithPasskey } from '@/lib/actions/passkey-sign-in';
import { ConfirmField } from './two-factor-forms';

// A browser's passkey support does not change while the page is open: nothing to subscribe to.
const unchanging = () => () => {};

// Whether this browser can use passkeys; null until known (on the server, and without JavaScript).
function usePasskeySupport(): boolean | null {
  return useSyncExternalStore(unchanging, browserSupportsWebAuthn, () => null);
}

const stepFailed = (error: unknown) =>
  error instanceof Error && error.name === 'NotAllowedError'
    ? 'The passkey step was cancelled or timed out. Try again when you are ready.'
    : `Your browser could not use a passkey${error instanceof Error ? `: ${error.message}` : '.'}`;

// The server's challenge, the browser's passkey step, then its answer back to `finish`. The options are
// the JSON our own server made for that step (SimpleWebAuthn's generate…Options), so they are read as its type.
async function passkeyRound<Options>(
  started: ActionState,
  ceremony: (options: { optionsJSON: Options }) => Promise<unknown>,
  finish: (prev: ActionState, data: FormData) => Promise<ActionState>,
  fields: Record<string, string>,
  values: Record<string, string>,
): Promise<ActionState> {
  if (started.status !== 'done' || !started.details?.options) return started;
  let answer: unknown;
  try {
    answer = await ceremony({ optionsJSON: JSON.parse(started.details.options) as Options });
  } catch (error) {
    return formError(stepFailed(error), values);
  }
  const data = new FormData();
  for (const [key, value] of Object.entries({ ...fields, response: JSON.stringify(answer) })) data.set(key, value);
  return finish(idle, data);
}

async function addPasskey(prev: ActionState, data: FormData): Promise<ActionState> {
  const values = formValues(data);
  return passkeyRound(await startAddingPasskey(prev, data), startRegistration, finishAddingPasskey, {}, values);
}

type Availability = { supported: boolean | null; available: boolean; children: React.ReactNode };

// The passkey form, or why it can't be used here: the site's address, the browser, or no JavaScript.
function NeedsScript({ supported, available, children }: Availability) {
  if (supported && available) return <>{children}</>;
  return (
    <p className="hint" data-testid="passkey-unavailable">
      {!available
        ? 'Passkeys can’t be used at this web address: they need the site’s own name, not a number.'
        : supported === false
          ? 'This browser can’t use passkeys.'
          : 'Passkeys need JavaScript. Turn it on in your browser to use one.'}
    </p>
  );
}

// "Add a passkey": a name for it and the current password (or an app code), then the browser's step.
export function AddPasskeyForm({ codeAllowed, available }: { codeAllowed: boolean; available: boolean }) {
  const supported = usePasskeySupport();
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/staff').then((m) => m.addPasskeySchema),
    addPasskey,
    {
      name: '',
      currentPassword: '',
    },
  );
  return (
    <NeedsScript supported={supported} available={available}>
      <FormScope prefix="add-passkey">
        <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
          <ErrorSummary
            ref={summaryRef}
            errors={f.errors}
            message={f.state.status === 'error' ? f.state.message : undefined}
          />
          <Field
            label="Name for the passkey"
            hint="So you can tell your passkeys apart, like “Work laptop”."
            autoComplete="off"
            {...f.textProps('name')}
          />
          <ConfirmField codeAllowed={codeAllowed} props={f.textProps('currentPassword')} />
          <SubmitButton pending={f.pending} label="Add a passkey" />
        </form>
      </FormScope>
    </NeedsScript>
  );
}

async function passkeySignIn(prev: ActionState, data: FormData): Promise<ActionState> {
  const step = formText(data, 'step');
  const finish = step === 'second-step' ? finishSecondStepWithPasskey : signInWithPasskey;
  return passkeyRound(
    await passkeyChallenge(prev, data),
    startAuthentication,
    finish,
    { next: formText(data, 'next') },
    {},
  );
}

type SignInProps = { step: 'sign-in' | 'second-step'; next: string; label: string; available: boolean };

// "Sign in with a passkey" (on its own, or as the second step after the password).
export function PasskeySignInButton({ step, next, label, available }: SignInProps) {
  const supported = usePasskeySupport();
  const [state, action, pending] = useActionState(passkeySignIn, idle);
  return (
    <NeedsScript supported={supported} available={available}>
      <FormScope prefix={`passkey-${step}`}>
        <form action={action} className="stack">
          <ErrorSummary
            errors={{}}
            title="The passkey was not used"
            message={state.status === 'error' ? state.message : undefined}
          />
          <input type="hidden" name="step" value={step} />
          <input type="hidden" name="next" value={next} />
          <SubmitButton pending={pending} label={label} />
        </form>
      </FormScope>
    </NeedsScript>
  );
}
