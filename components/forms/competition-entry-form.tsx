'use client';
// A competition's entry form: the question, name and email, the terms (must be accepted) and the
// unticked marketing opt-in. A real form post, enhanced with instant checks.
import Link from 'next/link';
import { enterCompetitionAction } from '@/lib/actions/enter-competition';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { ChoiceGroup, MarketingOptIn, Purpose, SpamFields, SubmitButton } from './form-extras';
import { useProgressiveForm } from './use-progressive-form';

type Props = { formToken: string; competitionId: string; question: string; options: string[] };

// The terms box links to the terms shown on the same page.
export function CompetitionEntryForm({ formToken, competitionId, question, options }: Props) {
  const defaults = { competitionId, name: '', email: '', answer: '', formToken, website: '' };
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/competition').then((m) => m.competitionEntrySchema),
    enterCompetitionAction,
    defaults,
  );
  const termsError = f.errorFor('terms');
  return (
    <form
      ref={formRef}
      action={f.formAction}
      onSubmit={f.onSubmit}
      noValidate
      aria-describedby="field-purpose"
      aria-label="Competition entry"
      className="stack"
    >
      <ErrorSummary
        ref={summaryRef}
        errors={f.errors}
        message={f.state.status === 'error' ? f.state.message : undefined}
      />
      <SpamFields formToken={f.formToken} />
      <input type="hidden" name="competitionId" value={competitionId} />
      <ChoiceGroup
        name="answer"
        legend={question}
        options={options.map((label, i) => ({ value: String(i), label }))}
        error={f.errorFor('answer')}
        choiceProps={f.choiceProps}
        stacked
      />
      <Field label="Your name" autoComplete="name" {...f.textProps('name')} />
      <Field
        label="Email address"
        type="email"
        autoComplete="email"
        spellCheck={false}
        hint="One entry per email address. We email the winner."
        {...f.textProps('email')}
      />
      <div className={`checkbox${termsError ? ' field-error' : ''}`}>
        <p id="field-terms-error" className="error-message" aria-live="polite">
          {termsError ? (
            <>
              <span className="visually-hidden">Error: </span>
              {termsError}
            </>
          ) : null}
        </p>
        <input
          id="field-terms"
          type="checkbox"
          {...f.choiceProps('terms', 'yes')}
          aria-describedby="field-terms-error"
          aria-invalid={termsError ? true : undefined}
        />
        <label htmlFor="field-terms">
          I accept the <Link href="#terms">terms of this competition</Link>
        </label>
      </div>
      <Purpose>
        We will use your details only to run this competition and to contact the winner, and delete entries after it.
      </Purpose>
      <MarketingOptIn {...f.choiceProps('marketingOptIn', 'yes')} />
      <SubmitButton pending={f.pending} label="Enter the competition" />
    </form>
  );
}
