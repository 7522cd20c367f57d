'use client';
// One form for every step on a data request (release, correct, erase, extend, refuse, close):
// a button, and where the step needs them a text box or a confirmation box. Works without JavaScript.
import { useActionState } from 'react';
import { type ActionState, idle } from '@/lib/action-state';

type Props = {
  action: (prev: ActionState, data: FormData) => Promise<ActionState>;
  requestId: string;
  /** Used to make the form's element ids unique on the page. */
  id: string;
  label: string;
  text?: { label: string; hint?: string };
  confirm?: string;
  danger?: boolean;
};

// The outcome, or what is missing, is announced beside the button.
export function PrivacyStepForm({ action, requestId, id, label, text, confirm, danger = false }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? state.values : {};
  const error = (name: string) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="error-message">
        <span className="visually-hidden">Error: </span>
        {errors[name]}
      </p>
    ) : null;
  return (
    <form action={formAction} className="stack" aria-label={label}>
      <input type="hidden" name="requestId" value={requestId} />
      {text ? (
        <div className={`field${errors.reason ? ' field-error' : ''}`}>
          <label htmlFor={`${id}-reason`}>{text.label}</label>
          {text.hint ? <p className="hint">{text.hint}</p> : null}
          {error('reason')}
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={3}
            maxLength={2_000}
            defaultValue={values.reason ?? ''}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
          />
        </div>
      ) : null}
      {confirm ? (
        <div className={`checkbox${errors.confirm ? ' field-error' : ''}`}>
          {error('confirm')}
          <input
            id={`${id}-confirm`}
            type="checkbox"
            name="confirm"
            value="yes"
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={errors.confirm ? `${id}-confirm-error` : undefined}
          />
          <label htmlFor={`${id}-confirm`}>{confirm}</label>
        </div>
      ) : null}
      <p>
        <button
          type="submit"
          className={danger ? 'button button-danger' : 'button'}
          disabled={pending}
          aria-disabled={pending}
        >
          {pending ? 'Working…' : label}
        </button>
      </p>
      <p role="status" className={state.status === 'error' ? 'error-message' : undefined}>
        {state.status === 'done'
          ? state.message
          : state.status === 'error'
            ? `Not done: ${state.message ?? Object.values(errors)[0] ?? 'check the form above.'}`
            : null}
      </p>
    </form>
  );
}
