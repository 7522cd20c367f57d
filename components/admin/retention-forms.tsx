'use client';
// The retention settings form and the purge buttons; both work without JavaScript.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { runRetentionPurge, saveRetentionSettings } from '@/lib/actions/admin/retention';
import { MAX_RETENTION_DAYS, type RetentionDays, RETENTION_TYPES, retentionTypes } from '@/lib/retention/policy';

// One number box per record type, with what the period means.
export function RetentionSettingsForm({ days }: { days: RetentionDays }) {
  const [state, action, pending] = useActionState(saveRetentionSettings, idle);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? state.values : {};
  return (
    <form action={action} className="stack" aria-label="Retention periods">
      {RETENTION_TYPES.map((t) => (
        <div key={t} className={`field${errors[t] ? ' field-error' : ''}`}>
          <label htmlFor={`retention-${t}`}>{retentionTypes[t].label} (days)</label>
          <p className="hint" id={`retention-${t}-hint`}>
            {retentionTypes[t].about} Default {retentionTypes[t].defaultDays}.
          </p>
          {errors[t] ? (
            <p className="error-message" id={`retention-${t}-error`}>
              <span className="visually-hidden">Error: </span>
              {errors[t]}
            </p>
          ) : null}
          <input
            id={`retention-${t}`}
            type="text"
            name={t}
            inputMode="numeric"
            defaultValue={values[t] ?? String(days[t])}
            min={retentionTypes[t].minDays}
            max={MAX_RETENTION_DAYS}
            aria-invalid={errors[t] ? true : undefined}
            aria-describedby={`retention-${t}-hint${errors[t] ? ` retention-${t}-error` : ''}`}
          />
        </div>
      ))}
      <p>
        <button type="submit" className="button" disabled={pending}>
          Save retention periods
        </button>
      </p>
      <p role="status" className={state.status === 'error' ? 'error-message' : undefined}>
        {state.status === 'done'
          ? state.message
          : state.status === 'error'
            ? 'Some periods need changing: see above.'
            : null}
      </p>
    </form>
  );
}

// A dry run first, then the real thing; the outcome is announced beside the buttons.
export function PurgeForm() {
  const [state, action, pending] = useActionState(runRetentionPurge, idle);
  return (
    <form action={action} className="stack" aria-label="Run the purge">
      <p className="filters">
        <button type="submit" name="mode" value="dry-run" className="button" disabled={pending}>
          Dry run: count what would be removed
        </button>
        <button type="submit" name="mode" value="purge" className="button button-danger" disabled={pending}>
          Purge now
        </button>
      </p>
      <p role="status" className={state.status === 'error' ? 'error-message' : undefined}>
        {state.status === 'done'
          ? state.message
          : state.status === 'error'
            ? (state.message ?? state.fieldErrors.mode)
            : null}
      </p>
    </form>
  );
}
