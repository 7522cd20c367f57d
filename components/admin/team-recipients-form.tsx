'use client';
// Who on the team is emailed about new enquiries, quotes and data requests; works without JavaScript.
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { FormScope } from '@/components/forms/form-scope';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { saveTeamRecipients } from '@/lib/actions/admin/staff';

// `saved` is the list as it stands (empty: `fallback`, the site's default, is used).
export function TeamRecipientsForm({ saved, fallback }: { saved: string[]; fallback: string }) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/staff').then((m) => m.teamRecipientsSchema),
    saveTeamRecipients,
    {
      recipients: saved.join('\n'),
    },
  );
  return (
    <FormScope prefix="team">
      <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
        <ErrorSummary
          ref={summaryRef}
          errors={f.errors}
          message={f.state.status === 'error' ? f.state.message : undefined}
        />
        <Field
          label="Addresses"
          hint={`One per line, or separated by commas; up to 10. Leave it empty to use the site’s default, ${fallback}.`}
          multiline
          rows={3}
          spellCheck={false}
          {...f.textProps('recipients')}
        />
        <SubmitButton pending={f.pending} label="Save who is told" />
        {f.state.status === 'done' ? <p role="status">{f.state.message}</p> : null}
      </form>
    </FormScope>
  );
}
