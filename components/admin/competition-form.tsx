'use client';
// Setting up a competition: its text, question and answers, terms and dates (UK time).
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { FormScope } from '@/components/forms/form-scope';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { createCompetitionAction } from '@/lib/actions/admin/competitions';

// Checked in the browser and again on the server; works without JavaScript.
export function CompetitionForm({ opensAt, closesAt }: { opensAt: string; closesAt: string }) {
  const defaults = {
    title: '',
    description: '',
    terms: '',
    question: '',
    options: '',
    correctOption: '',
    opensAt,
    closesAt,
  };
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/competition').then((m) => m.competitionSchema),
    createCompetitionAction,
    defaults,
  );
  return (
    <FormScope prefix="competition">
      <form
        ref={formRef}
        action={f.formAction}
        onSubmit={f.onSubmit}
        noValidate
        className="stack"
        aria-label="New competition"
      >
        <ErrorSummary
          ref={summaryRef}
          errors={f.errors}
          message={f.state.status === 'error' ? f.state.message : undefined}
        />
        <Field label="Title" autoComplete="off" {...f.textProps('title')} />
        <Field
          label="Description"
          multiline
          rows={4}
          hint="What it is and what the prize is."
          {...f.textProps('description')}
        />
        <Field label="Question" autoComplete="off" {...f.textProps('question')} />
        <Field label="Answers" multiline rows={4} hint="Two to six, one per line." {...f.textProps('options')} />
        <Field
          label="Number of the right answer"
          inputMode="numeric"
          hint="1 for the first line, 2 for the second, and so on."
          {...f.textProps('correctOption')}
        />
        <Field label="Opens" type="datetime-local" hint="UK time." {...f.textProps('opensAt')} />
        <Field
          label="Closes"
          type="datetime-local"
          hint="UK time. Entries are refused after this; then you can draw the winner."
          {...f.textProps('closesAt')}
        />
        <Field
          label="Terms"
          multiline
          rows={8}
          hint="Who may enter, the prize, how the winner is chosen and told, and when entries are deleted."
          {...f.textProps('terms')}
        />
        <SubmitButton pending={f.pending} label="Create the competition" />
      </form>
    </FormScope>
  );
}
