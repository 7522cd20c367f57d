'use client';
// The admin's switch for "two-factor sign-in for everyone": one button that turns it on or off. It
// works without JavaScript; a refusal is announced beside it.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { saveSecurityRules } from '@/lib/actions/admin/staff';
import { Refusal } from './refusal';

// `required` is the rule as it stands; `without` counts the active colleagues who have no second factor.
export function SecurityRulesForm({ required, without }: { required: boolean; without: number }) {
  const [state, action, pending] = useActionState(saveSecurityRules, idle);
  return (
    <form action={action} className="stack">
      <p>
        {required ? (
          <>
            <strong>Required.</strong> Everyone must add a passkey or an authenticator app: anyone without one is sent
            to add one straight after their password, and can open nothing else until they have.
          </>
        ) : (
          <>
            <strong>Optional.</strong> Each person chooses whether to add a passkey or an authenticator app.
          </>
        )}{' '}
        {without === 0
          ? 'Everyone has one now.'
          : `${without} ${without === 1 ? 'person has' : 'people have'} none yet.`}
      </p>
      <input type="hidden" name="requireSecondFactor" value={required ? 'off' : 'on'} />
      <button type="submit" className="button" disabled={pending}>
        {required ? 'Stop requiring two-factor sign-in' : 'Require two-factor sign-in for everyone'}
      </button>
      <Refusal state={state} />
    </form>
  );
}
