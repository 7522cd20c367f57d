'use client';
// The newsletter sign-up's markup, bound to either form hook: useProgressiveForm (instant checks with
// the shared schema, on /newsletter and the policy) or useServerForm (the footer: the server checks).
import type { FormEvent, Ref } from 'react';
import type { ActionState } from '@/lib/action-state';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { MarketingOptIn, Purpose, SpamFields, SubmitButton } from './form-extras';
import { FormScope } from './form-scope';

type Control = { name: string; error?: string; defaultValue?: string };
export type NewsletterBinding = {
  formAction: (data: FormData) => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  state: ActionState;
  errors: Record<string, string | undefined>;
  errorFor: (name: string) => string | undefined;
  textProps: (name: string) => Control;
  choiceProps: (name: string, value: string) => { name: string; value: string; defaultChecked: boolean };
  formToken: string;
};

type Props = {
  f: NewsletterBinding;
  // Kept apart from the binding: React's rules read an object that holds a ref as a ref during render.
  formRef: Ref<HTMLFormElement>;
  summaryRef: Ref<HTMLDivElement>;
  idPrefix: string;
  compact: boolean;
};

// The fields, the purpose statement and the unticked opt-in, the same whichever hook drives them.
export function NewsletterFields({ f, formRef, summaryRef, idPrefix, compact }: Props) {
  return (
    <FormScope prefix={idPrefix}>
      <form
        ref={formRef}
        action={f.formAction}
        onSubmit={f.onSubmit}
        noValidate
        aria-describedby={`${idPrefix}-purpose`}
        aria-label="Newsletter sign-up"
        className={compact ? 'stack newsletter-compact' : 'stack'}
      >
        <ErrorSummary
          ref={summaryRef}
          errors={f.errors}
          message={f.state.status === 'error' ? f.state.message : undefined}
        />
        <SpamFields formToken={f.formToken} />
        <Field label="Your name" autoComplete="name" {...f.textProps('name')} />
        <Field label="Email address" type="email" autoComplete="email" spellCheck={false} {...f.textProps('email')} />
        <Field label="Company name" autoComplete="organization" optional {...f.textProps('company')} />
        <Purpose>
          We will use these details only to send you our newsletter, and only after you confirm your email address.
        </Purpose>
        <MarketingOptIn {...f.choiceProps('marketingOptIn', 'yes')} error={f.errorFor('marketingOptIn') ?? ''} />
        <SubmitButton pending={f.pending} label="Sign up" />
      </form>
    </FormScope>
  );
}
