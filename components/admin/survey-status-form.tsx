'use client';
// Opening or closing a survey; works without JavaScript. The survey's page then says what changed.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { setSurveyStatusAction } from '@/lib/actions/admin/surveys';
import { Refusal } from './refusal';

// Offers the one change that applies to the survey's current status.
export function SurveyStatusForm({ surveyId, status }: { surveyId: string; status: 'DRAFT' | 'OPEN' | 'CLOSED' }) {
  const [state, action, pending] = useActionState(setSurveyStatusAction, idle);
  const next = status === 'OPEN' ? 'CLOSED' : 'OPEN';
  return (
    <form action={action} className="stack" aria-label="Survey status">
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="status" value={next} />
      <p>
        <button type="submit" className="button" disabled={pending}>
          {next === 'OPEN' ? (status === 'DRAFT' ? 'Open the survey' : 'Open it again') : 'Close the survey'}
        </button>
      </p>
      <Refusal state={state} />
    </form>
  );
}
