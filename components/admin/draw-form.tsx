'use client';
// Drawing a competition's winner; a second draw asks why. Works without JavaScript.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { drawWinnerAction } from '@/lib/actions/admin/competitions';

// `again` once a winner has been drawn: the reason box appears and the button says so.
export function DrawForm({ competitionId, again }: { competitionId: string; again: boolean }) {
  const [state, action, pending] = useActionState(drawWinnerAction, idle);
  return (
    <form action={action} className="stack" aria-label="Draw the winner">
      <input type="hidden" name="competitionId" value={competitionId} />
      {again ? (
        <div className="field">
          <label htmlFor="draw-reason">Why draw again?</label>
          <input id="draw-reason" type="text" name="reason" maxLength={500} />
        </div>
      ) : null}
      <p>
        <button type="submit" className="button" disabled={pending}>
          {again ? 'Draw again' : 'Draw the winner'}
        </button>
      </p>
      <p role="status" className={state.status === 'error' ? 'error-message' : undefined}>
        {state.status === 'done'
          ? state.message
          : state.status === 'error'
            ? (state.message ?? Object.values(state.fieldErrors)[0])
            : null}
      </p>
    </form>
  );
}
