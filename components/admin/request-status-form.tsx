'use client';
// Moving a request along: new, in progress, answered, closed.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { changeRequestStatus } from '@/lib/actions/admin/requests';
import { requestStatuses } from '@/lib/validations/requests';
import type { RequestType } from '@/lib/validations/requests';

type Props = { type: RequestType; requestId: string; status: string };

// A plain form (works without JavaScript); the outcome is announced beside the button.
export function RequestStatusForm({ type, requestId, status }: Props) {
  const [state, action, pending] = useActionState(changeRequestStatus, idle);
  return (
    <form action={action} className="filters">
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="requestId" value={requestId} />
      <div className="field">
        <label htmlFor="request-status">Status</label>
        <select id="request-status" name="status" defaultValue={status}>
          {requestStatuses.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={pending}>
        Save status
      </button>
      <p role="status" className={state.status === 'error' ? 'error-message' : undefined}>
        {state.status === 'done' ? state.message : state.status === 'error' ? state.message : null}
      </p>
    </form>
  );
}
