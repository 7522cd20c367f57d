'use client';
// The buttons beside a colleague: role, access, sessions and second factor. Refusals are announced beside them.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { changeStaffAccount, resetStaffSecondFactor, signOutStaffEverywhere } from '@/lib/actions/admin/staff';

type Props = { id: string; name: string; role: 'ADMIN' | 'STAFF'; active: boolean; secondFactor: boolean };

// Each button is its own small form, so it works without JavaScript too.
export function StaffRowActions({ id, name, role, active, secondFactor }: Props) {
  const [state, change, pending] = useActionState(changeStaffAccount, idle);
  const [, signOutAll, signingOut] = useActionState(signOutStaffEverywhere, idle);
  const [, reset, resetting] = useActionState(resetStaffSecondFactor, idle);
  const button = (value: string, label: string) => (
    <form action={change}>
      <input type="hidden" name="staffId" value={id} />
      <button type="submit" name="change" value={value} className="link-button" disabled={pending} aria-label={`${label}: ${name}`}>
        {label}
      </button>
    </form>
  );
  return (
    <div className="row-actions">
      {role === 'STAFF' ? button('make-admin', 'Make admin') : button('make-staff', 'Make staff')}
      {active ? button('deactivate', 'Deactivate') : button('reactivate', 'Reactivate')}
      <form action={signOutAll}>
        <input type="hidden" name="staffId" value={id} />
        <button type="submit" className="link-button" disabled={signingOut} aria-label={`Sign out everywhere: ${name}`}>
          Sign out everywhere
        </button>
      </form>
      {secondFactor ? (
        <form action={reset}>
          <input type="hidden" name="staffId" value={id} />
          <button type="submit" className="link-button" disabled={resetting} aria-label={`Reset second factor: ${name}`}>
            Reset second factor
          </button>
        </form>
      ) : null}
      {state.status === 'error' && state.message ? <p role="alert" className="error-message">{state.message}</p> : null}
    </div>
  );
}
