'use client';
// "Add a colleague": name, email and role; the set-up link is emailed and shown once here.
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { ChoiceGroup, SubmitButton } from '@/components/forms/form-extras';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { addStaffMember } from '@/lib/actions/admin/staff';
import { staffRoles } from '@/lib/validations/staff';

// On the staff page (admins only).
export function InviteStaffForm() {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/staff').then((m) => m.inviteSchema),
    addStaffMember,
    {
      name: '',
      email: '',
      role: 'STAFF' as const,
    },
  );
  return (
    <>
      {f.state.status === 'done' ? (
        <div className="panel-success" role="status">
          <p>{f.state.message}</p>
          <p>
            If the email doesn’t arrive, send them this link yourself (it works once, for 72 hours):
            <br />
            <code data-testid="setup-link">{f.state.details?.setupUrl}</code>
          </p>
        </div>
      ) : null}
      <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
        <ErrorSummary
          ref={summaryRef}
          errors={f.errors}
          message={f.state.status === 'error' ? f.state.message : undefined}
        />
        <Field label="Their name" autoComplete="off" {...f.textProps('name')} />
        <Field
          label="Their email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          {...f.textProps('email')}
        />
        <ChoiceGroup
          name="role"
          legend="Role"
          options={staffRoles}
          error={f.errorFor('role')}
          choiceProps={f.choiceProps}
        />
        <SubmitButton pending={f.pending} label="Add and email a set-up link" />
      </form>
    </>
  );
}
