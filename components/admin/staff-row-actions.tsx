'use client';
// The buttons beside a colleague: role, access, sessions and second factor. Refusals are announced beside them.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { changeStaffAccount, resetStaffSecondFactor, signOutStaffEverywhere } from '@/lib/actions/admin/staff';
import { Refusal } from './refusal';

type Props = { id: string; name: string; role: 'ADMIN' | 'STAFF'; active: boolean; secondFactor: boolean };

// Each button is its own small form, so it works without JavaScript too.
export function StaffRowActions({ id, name, role, active, secondFactor }: Props) {
  const [state, change, pending] = useActionState(changeStaffAccount, idle);
  const [, signOutAll, signingOut] = useActionState(signOutStaffEverywhere, idle);
  const [resetState, reset, resetting] = useActionState(resetStaffSecondFactor, idle);
  // One small form per button; role and access buttons also send which change they make.
  const form = (action: (data: FormData) => void, busy: boolean, label: string, value?: string) => (
    <form action={action}>
      <input type="hidden" name="staffId" value={id} />
      <button
        type="submit"
        name={value ? 'change' : undefined}
        value={value}
        className="link-button"
        disabled={busy}
        aria-label={`${label}: ${name}`}
      >
        {label}
      </button>
    </form>
  );
  const refusal = [state, resetState].find((s) => s.status === 'error' && s.message);
  return (
    <div className="row-actions">
      {role === 'STAFF'
        ? form(change, pending, 'Make admin', 'make-admin')
        : form(change, pending, 'Make staff', 'make-staff')}
      {active ? form(change, pending, 'Deactivate', 'deactivate') : form(change, pending, 'Reactivate', 'reactivate')}
      {form(signOutAll, signingOut, 'Sign out everywhere')}
      {secondFactor ? form(reset, resetting, 'Reset second factor') : null}
      <Refusal state={refusal} />
    </div>
  );
}
