// A labelled form control with its hint and error wired up for assistive technology.
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useFormId } from './form-scope';

type Common = { name: string; label: string; hint?: ReactNode; error?: string; optional?: boolean };
type InputProps = Common & { multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>;
type AreaProps = Common & { multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>;

// Error text lives in an aria-live region referenced by aria-describedby, so it is read when it appears.
export function Field(props: InputProps | AreaProps) {
  const { name, label, hint, error, optional, multiline, ...control } = props;
  const id = useFormId(name);
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  const shared = { id, name, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined };
  return (
    <div className={`field${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} className="error-message" aria-live="polite">
        {error ? (
          <>
            <span className="visually-hidden">Error: </span>
            {error}
          </>
        ) : null}
      </p>
      {multiline ? (
        <textarea {...(control as TextareaHTMLAttributes<HTMLTextAreaElement>)} {...shared} />
      ) : (
        // type="text" unless another is given: some checkers read a bare input's autocomplete token as unexplained.
        <input type="text" {...(control as InputHTMLAttributes<HTMLInputElement>)} {...shared} />
      )}
    </div>
  );
}
