'use client';
// Glue between a server action (the real, JavaScript-free form post) and react-hook-form (instant
// feedback on top): the same zod schema validates both sides; in the browser it loads once the person
// turns to the form (lazy-schema.ts).
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, type PathValue, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { type ActionState, idle } from '@/lib/action-state';
import { choiceDefault, textDefault } from './field-defaults';
import { lazyResolver, loadOnce, type SchemaLoader } from './lazy-schema';

/** What a form's controls start with: text for text boxes, selects and radios, true or false for a checkbox. */
export type FormDefaults<S extends z.ZodType> = { [K in keyof z.input<S>]?: string | boolean };

// `defaults` may leave a field out, or start it as '' where the schema accepts only a chosen option.
export function useProgressiveForm<S extends z.ZodType<unknown, FieldValues>>(
  loadSchema: SchemaLoader<S>,
  action: (prev: ActionState, data: FormData) => Promise<ActionState>,
  defaults: FormDefaults<S>,
) {
  const [state, formAction, pending] = useActionState(action, idle);
  const values: FormDefaults<S> = state.status === 'error' ? { ...defaults, ...state.values } : defaults;
  // react-hook-form types values as the schema's input; a form starts with what its controls hold.
  const asFormValues = (v: FormDefaults<S>) => v as DefaultValues<z.input<S>>;
  // Loaded once, when the person first moves into the form (or sends it).
  const [schema] = useState(() => loadOnce(loadSchema));
  const [resolver] = useState(() => lazyResolver(schema));
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
    defaultValues: asFormValues(values),
    // Checked first when the form is sent, then live as each answer changes. Checking on leaving a
    // field put an error (and the summary) above the button between mouse down and up, so the
    // click that was meant to send the form landed on nothing.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus goes to the error summary instead, which lists every problem.
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [synced, setSynced] = useState<ActionState | null>(null);

  // A form the browser's checks refused: its summary takes focus once it is on the page (the
  // render that shows it may come a moment after the checks, which waited for the schema to load).
  const focusSummary = useRef(false);
  useEffect(() => {
    if (!focusSummary.current || !summaryRef.current) return;
    focusSummary.current = false;
    summaryRef.current.focus();
  });

  // The schema starts loading as soon as any control of the form is focused, so it is there when sent.
  useEffect(() => {
    const element = formRef.current;
    const load = () => void schema().catch(() => {});
    element?.addEventListener('focusin', load, { once: true });
    return () => element?.removeEventListener('focusin', load);
  }, [schema]);

  // Server answers: show its field errors through react-hook-form and move focus to the summary.
  useEffect(() => {
    if (state.status !== 'error') return;
    for (const [name, message] of Object.entries(state.fieldErrors)) {
      form.setError(name as Path<z.input<S>>, { type: 'server', message });
    }
    // Fields the server sent back empty (passwords) are emptied on the page too.
    for (const [name, value] of Object.entries(state.values)) {
      if (value === '' && form.getValues(name as Path<z.input<S>>))
        form.setValue(name as Path<z.input<S>>, '' as PathValue<z.input<S>, Path<z.input<S>>>);
    }
    // Notes that this answer now lives in react-hook-form (an outside store), so it is read from there.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the sync above has to happen first
    setSynced(state);
    summaryRef.current?.focus();
  }, [state, form]);

  // Back-office forms that stay on the page start empty again once their work is done.
  useEffect(() => {
    if (state.status !== 'done') return;
    formRef.current?.reset();
    form.reset(asFormValues(defaults));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when a new answer arrives
  }, [state]);

  // Validate in the browser first; only a valid form is posted to the action.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.handleSubmit(
      () => startTransition(() => formAction(new FormData(formRef.current!))),
      () => {
        focusSummary.current = true;
      },
    )(event);
  };

  // The server's errors are read directly only until they are handed to react-hook-form (and always
  // without JavaScript); after that a corrected field's error goes away as the person fixes it.
  const serverErrors = state.status === 'error' && synced !== state ? state.fieldErrors : {};
  const errorFor = (name: string) =>
    (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message ?? serverErrors[name];
  const errors = Object.fromEntries(
    [...new Set([...Object.keys(serverErrors), ...Object.keys(form.formState.errors)])].map((n) => [n, errorFor(n)]),
  );
  // Props for a text control: registered with react-hook-form, and its value rendered into the HTML
  // so a form re-shown without JavaScript keeps what was typed.
  const current = values as Record<string, unknown>;
  const textProps = (name: string) => ({
    defaultValue: textDefault(current, name),
    error: errorFor(name),
    ...form.register(name as Path<z.input<S>>),
  });
  const choiceProps = (name: string, value: string) => ({
    value,
    defaultChecked: choiceDefault(current, name, value),
    ...form.register(name as Path<z.input<S>>),
  });
  return {
    formRef,
    summaryRef,
    formAction,
    onSubmit,
    pending,
    state,
    errors,
    errorFor,
    textProps,
    choiceProps,
    formToken: typeof current.formToken === 'string' ? current.formToken : '',
  };
}
