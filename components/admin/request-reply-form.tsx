'use client';
// "Reply by email" on an enquiry or quote: the subject comes filled in; the reply is emailed to the
// person (replies to it reach the team) and kept in the correspondence. Works without JavaScript.
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { FormScope } from '@/components/forms/form-scope';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { replyToRequest } from '@/lib/actions/admin/requests';
import type { RequestType } from '@/lib/validations/requests';

type Props = { type: RequestType; requestId: string; to: string; subject: string };

// The page gives it a new key after each reply, so it starts afresh.
export function RequestReplyForm({ type, requestId, to, subject }: Props) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/requests').then((m) => m.replySchema),
    replyToRequest,
    {
      type,
      requestId,
      subject,
      body: '',
    },
  );
  return (
    <FormScope prefix="reply">
      <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
        <ErrorSummary
          ref={summaryRef}
          errors={f.errors}
          message={f.state.status === 'error' ? f.state.message : undefined}
        />
        <input type="hidden" name="type" value={type} />
        <input type="hidden" name="requestId" value={requestId} />
        <p>
          To <strong>{to}</strong>, from the site’s address; their answer comes back to the team.
        </p>
        <Field label="Subject" autoComplete="off" {...f.textProps('subject')} />
        <Field
          label="Your reply"
          hint="Your name and the reference are added at the end."
          multiline
          rows={8}
          {...f.textProps('body')}
        />
        <SubmitButton pending={f.pending} label="Send reply" />
        {f.state.status === 'done' ? <p role="status">{f.state.message}</p> : null}
      </form>
    </FormScope>
  );
}
