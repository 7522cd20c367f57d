'use client';
// A submit button for a plain server-action form that says it is working while the action runs.
import { useFormStatus } from 'react-dom';

// `busy` replaces the label while the form is being sent.
export function PendingButton({ label, busy }: { label: string; busy: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
      {pending ? busy : label}
    </button>
  );
}
