'use client';
// Writing a survey: title, introduction and the questions as text (see lib/surveys/questions.ts).
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/form-extras';
import { FormScope } from '@/components/forms/form-scope';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { saveSurveyAction } from '@/lib/actions/admin/surveys';

const EXAMPLE =
  'rating*: How satisfied are you with our service?\nchoice: How did you hear about us? | A search engine | A friend or colleague | Other\ntext: Is there anything else you would like to tell us?';

// New (empty, with an example) or a draft's saved text; checked in the browser and on the server.
export function SurveyEditor({
  surveyId = '',
  title = '',
  intro = '',
  questions = EXAMPLE,
}: {
  surveyId?: string;
  title?: string;
  intro?: string;
  questions?: string;
}) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/survey').then((m) => m.surveySchema),
    saveSurveyAction,
    {
      surveyId,
      title,
      intro,
      questions,
    },
  );
  return (
    <FormScope prefix="survey">
      <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack" aria-label="Survey">
        <ErrorSummary
          ref={summaryRef}
          errors={f.errors}
          message={f.state.status === 'error' ? f.state.message : undefined}
        />
        <input type="hidden" name="surveyId" value={surveyId} />
        <Field label="Title" autoComplete="off" {...f.textProps('title')} />
        <Field
          label="Introduction"
          multiline
          rows={3}
          hint="Shown above the questions: what the survey is for and how long it takes."
          {...f.textProps('intro')}
        />
        <Field
          label="Questions"
          multiline
          rows={10}
          hint={
            <>
              One per line, starting <code>rating:</code> (1 to 5), <code>choice:</code> (answers after | bars) or{' '}
              <code>text:</code>. Put * after the kind to make it required, as in <code>rating*:</code>.
            </>
          }
          {...f.textProps('questions')}
        />
        <SubmitButton pending={f.pending} label="Save the survey" />
      </form>
    </FormScope>
  );
}
