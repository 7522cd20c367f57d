// A one-button form's refusal (no field to put it beside), announced where the button is.
import type { ActionState } from '@/lib/action-state';

// Nothing unless `state` is a refusal with a message.
export function Refusal({ state }: { state: ActionState | undefined }) {
  if (state?.status !== 'error' || !state.message) return null;
  return (
    <p role="alert" className="error-message">
      {state.message}
    </p>
  );
}
