'use client';
// Opening or closing a survey; works without JavaScript.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { setSurveyStatusAction } from '@/lib/actions/admin/surveys';

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
      <p role="status" className={state.status === 'error' ? 'error-message' : undefined}>
        {state.status === 'done' ? state.message : state.status === 'error' ? state.message : null}
      </p>
    </form>
  );
}
