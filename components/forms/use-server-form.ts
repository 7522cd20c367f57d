'use client';
// The same binding as useProgressiveForm, without react-hook-form or the schema in the browser: the
// server action alone validates (with the shared schema) and its answer is shown. For a form that
// should cost a page almost no JavaScript, such as the footer's sign-up.
import { useActionState, useEffect, useRef } from 'react';
import { type ActionState, idle } from '@/lib/action-state';
import { choiceDefault, textDefault } from './field-defaults';

// `defaults` are the form's starting values; after an error, the values the server sent back.
export function useServerForm(
  action: (prev: ActionState, data: FormData) => Promise<ActionState>,
  defaults: Record<string, unknown>,
) {
  const [state, formAction, pending] = useActionState(action, idle);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const current: Record<string, unknown> = state.status === 'error' ? { ...defaults, ...state.values } : defaults;
  const serverErrors = state.status === 'error' ? state.fieldErrors : {};
  // The server's answer takes focus, as the error summary does everywhere.
  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus();
  }, [state]);
  const errorFor = (name: string): string | undefined => serverErrors[name];
  const textProps = (name: string) => ({
    name,
    defaultValue: textDefault(current, name),
    error: errorFor(name),
  });
  const choiceProps = (name: string, value: string) => ({
    name,
    value,
    defaultChecked: choiceDefault(current, name, value),
  });
  // React resets the form after its action; the fields' defaults are then the values the server sent back.
  const formToken = typeof current.formToken === 'string' ? current.formToken : '';
  return {
    formRef,
    summaryRef,
    formAction,
    onSubmit: undefined,
    pending,
    state,
    errors: serverErrors,
    errorFor,
    textProps,
    choiceProps,
    formToken,
  };
}
