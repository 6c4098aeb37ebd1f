import { useId, type FormEvent, type ReactNode } from 'react';

interface InlineFormProps {
  /** The form's one error, announced when it appears and tied to the fields that caused it. */
  error: string | null;
  onSubmit: (event: FormEvent) => void;
  submitLabel: string;
  className?: string;
  /** The fields, given the error's id for their aria-describedby. */
  children: (errorId: string | undefined) => ReactNode;
  /** Shown under the button, e.g. what happens next. */
  after?: ReactNode;
}

/**
 * The short forms on a step page (mailing date, thaw end, a reminder): an error line, a row of
 * fields that wraps on narrow windows, and one submit button.
 */
export function InlineForm({ error, onSubmit, submitLabel, className, children, after }: InlineFormProps) {
  const id = useId();
  const errorId = error ? `${id}-err` : undefined;
  return (
    <form noValidate className={className} onSubmit={onSubmit}>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="inline-controls">{children(errorId)}</div>
      <button type="submit" className="button">
        {submitLabel}
      </button>
      {after}
    </form>
  );
}

interface FieldProps {
  label: string;
  /** The control, given the id its label points at. */
  children: (id: string) => ReactNode;
}

/** One labelled control in an inline form. */
export function Field({ label, children }: FieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errorId: string | undefined;
}

/** A date picker (YYYY-MM-DD), marked invalid and described by the form's error when there is one. */
export function DateField({ label, value, onChange, errorId }: DateFieldProps) {
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          type="date"
          value={value}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
