'use client';
// Recording an internal note, or correspondence kept on file (a call, an email, a letter).
import { ErrorSummary } from '@/components/forms/error-summary';
import { Field } from '@/components/forms/field';
import { ChoiceGroup, SubmitButton } from '@/components/forms/form-extras';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { addNote } from '@/lib/actions/admin/requests';
import type { RequestType } from '@/lib/validations/requests';

const KINDS = [
  { value: 'NOTE', label: 'Internal note' },
  { value: 'CORRESPONDENCE', label: 'Correspondence with the customer' },
] as const;
const DIRECTIONS = [
  { value: 'in', label: 'From the customer' },
  { value: 'out', label: 'To the customer' },
] as const;
const CHANNELS = [
  { value: 'email', label: 'Email' },
  { value: 'phone', label: 'Phone' },
  { value: 'letter', label: 'Letter' },
  { value: 'meeting', label: 'Meeting' },
] as const;

// A note, or a record of correspondence, on a request; the form empties itself once the note is saved.
export function RequestNoteForm({ type, requestId }: { type: RequestType; requestId: string }) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/requests').then((m) => m.noteSchema),
    addNote,
    {
      type,
      requestId,
      kind: 'NOTE' as const,
      direction: '' as const,
      channel: '' as const,
      body: '',
    },
  );
  return (
    <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
      <ErrorSummary
        ref={summaryRef}
        errors={f.errors}
        message={f.state.status === 'error' ? f.state.message : undefined}
      />
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="requestId" value={requestId} />
      <ChoiceGroup
        name="kind"
        legend="What are you recording?"
        options={KINDS}
        error={f.errorFor('kind')}
        choiceProps={f.choiceProps}
      />
      <ChoiceGroup
        name="direction"
        legend="For correspondence: which way?"
        options={DIRECTIONS}
        error={f.errorFor('direction')}
        choiceProps={f.choiceProps}
      />
      <ChoiceGroup
        name="channel"
        legend="For correspondence: how?"
        options={CHANNELS}
        error={f.errorFor('channel')}
        choiceProps={f.choiceProps}
      />
      <Field label="Note" multiline rows={5} {...f.textProps('body')} />
      <SubmitButton pending={f.pending} label="Add to the record" />
      {f.state.status === 'done' ? <p role="status">{f.state.message}</p> : null}
    </form>
  );
}
