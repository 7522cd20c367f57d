'use client';
// Ending a competition early ("Close entries now"); works without JavaScript.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { closeCompetitionAction } from '@/lib/actions/admin/competitions';

// Shown while a competition is open.
export function CloseCompetitionForm({ competitionId }: { competitionId: string }) {
  const [state, action, pending] = useActionState(closeCompetitionAction, idle);
  return (
    <form action={action} className="stack" aria-label="Close entries">
      <input type="hidden" name="competitionId" value={competitionId} />
      <p>
        <button type="submit" className="button" disabled={pending}>
          Close entries now
        </button>
      </p>
      <p role="status" className={state.status === 'error' ? 'error-message' : undefined}>
        {state.status === 'error' ? state.message : null}
      </p>
    </form>
  );
}
