'use client';
// Unsubscribing someone who asked staff directly; works without JavaScript.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { unsubscribeSubscriber } from '@/lib/actions/admin/subscribers';
import { UNSUBSCRIBE_CHANNELS } from '@/lib/validations/subscribers';

// The outcome (or what is missing) is announced beside the button.
export function StaffUnsubscribeForm({ subscriberId }: { subscriberId: string }) {
  const [state, action, pending] = useActionState(unsubscribeSubscriber, idle);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={action} className="stack">
      <input type="hidden" name="subscriberId" value={subscriberId} />
      <div className="field">
        <label htmlFor="unsubscribe-channel">How did they ask?</label>
        <select
          id="unsubscribe-channel"
          name="channel"
          defaultValue=""
          aria-describedby={errors.channel ? 'unsubscribe-channel-error' : undefined}
        >
          <option value="" disabled>
            Choose one
          </option>
          {UNSUBSCRIBE_CHANNELS.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        {errors.channel ? (
          <p id="unsubscribe-channel-error" className="error-message">
            {errors.channel}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="unsubscribe-note">Note (optional)</label>
        <textarea id="unsubscribe-note" name="note" rows={2} maxLength={1000} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Unsubscribe at their request
      </button>
      <p role="status" className={state.status === 'error' ? 'error-message' : undefined}>
        {state.status === 'idle' ? null : state.message}
      </p>
    </form>
  );
}
