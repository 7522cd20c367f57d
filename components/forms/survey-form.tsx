'use client';
// A survey's answer form, drawn from its questions (rating, choice or free text). Anonymous unless
// the person gives an email; the newsletter box starts unticked. A real form post, enhanced.
import { answerSurvey } from '@/lib/actions/answer-survey';
import type { Question } from '@/lib/surveys/questions';
import { ratingOptions } from '@/lib/validations/choices';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { ChoiceGroup, MarketingOptIn, Purpose, SpamFields, SubmitButton } from './form-extras';
import { useProgressiveForm } from './use-progressive-form';

// The questions come from the page (the server), so browser and server check the same rules.
export function SurveyForm({
  formToken,
  surveyId,
  questions,
}: {
  formToken: string;
  surveyId: string;
  questions: Question[];
}) {
  const defaults = {
    surveyId,
    email: '',
    formToken,
    website: '',
    ...Object.fromEntries(questions.map((q) => [q.id, ''])),
  };
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/survey').then((m) => m.surveyResponseSchema(questions)),
    answerSurvey,
    defaults,
  );
  const optional = (q: Question) => (q.required ? '' : ' (optional)');
  return (
    <form
      ref={formRef}
      action={f.formAction}
      onSubmit={f.onSubmit}
      noValidate
      aria-describedby="field-purpose"
      aria-label="Survey"
      className="stack"
    >
      <ErrorSummary
        ref={summaryRef}
        errors={f.errors}
        message={f.state.status === 'error' ? f.state.message : undefined}
      />
      <SpamFields formToken={f.formToken} />
      <input type="hidden" name="surveyId" value={surveyId} />
      {questions.map((q) =>
        q.kind === 'text' ? (
          <Field key={q.id} label={q.label} multiline rows={4} optional={!q.required} {...f.textProps(q.id)} />
        ) : (
          <ChoiceGroup
            key={q.id}
            name={q.id}
            legend={`${q.label}${q.kind === 'rating' ? ' (1 = poor, 5 = excellent)' : ''}${optional(q)}`}
            options={q.kind === 'rating' ? ratingOptions : q.options.map((label, i) => ({ value: String(i), label }))}
            error={f.errorFor(q.id)}
            choiceProps={f.choiceProps}
            stacked={q.kind === 'choice'}
          />
        ),
      )}
      <Field
        label="Email address"
        type="email"
        autoComplete="email"
        spellCheck={false}
        optional
        hint="Leave it blank to answer anonymously."
        {...f.textProps('email')}
      />
      <Purpose>
        We will use your answers only for research to improve our service, and your email (if you give it) only to ask
        you about them.
      </Purpose>
      <MarketingOptIn {...f.choiceProps('marketingOptIn', 'yes')} />
      <SubmitButton pending={f.pending} label="Send my answers" />
    </form>
  );
}
