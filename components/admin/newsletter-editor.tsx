'use client';
// Writing a newsletter: a subject and a Markdown body, checked in the browser and again on the server.
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { FormScope } from '@/components/forms/form-scope';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { saveNewsletter } from '@/lib/actions/admin/newsletters';
import { NEWSLETTER_BODY_MAX } from '@/lib/validations/newsletters';

type Props = { newsletterId?: string; subject?: string; markdown?: string };

// On the new-newsletter page (empty) and on a draft's page (its saved text).
export function NewsletterEditor({ newsletterId = '', subject = '', markdown = '' }: Props) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/newsletters').then((m) => m.newsletterDraftSchema),
    saveNewsletter,
    {
      newsletterId,
      subject,
      markdown,
    },
  );
  return (
    <FormScope prefix="newsletter">
      {f.state.status === 'done' ? (
        <p className="panel-success" role="status">
          {f.state.message}
        </p>
      ) : null}
      <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
        <ErrorSummary
          ref={summaryRef}
          errors={f.errors}
          message={f.state.status === 'error' ? f.state.message : undefined}
        />
        <input type="hidden" name="newsletterId" value={newsletterId} />
        <Field label="Subject" autoComplete="off" maxLength={150} {...f.textProps('subject')} />
        <Field
          label="Body"
          multiline
          rows={18}
          hint={`Markdown: # Heading, **bold**, *italic*, - list item, [link text](https://…). HTML is shown as typed, not run. Up to ${NEWSLETTER_BODY_MAX.toLocaleString('en-GB')} characters. The unsubscribe link and our details are added to every copy.`}
          {...f.textProps('markdown')}
        />
        <SubmitButton pending={f.pending} label="Save draft" />
      </form>
    </FormScope>
  );
}
