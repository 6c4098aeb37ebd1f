import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  hint?: string;
  name: string;
  options: readonly T[];
  labelOf(option: T): string;
  value: T;
  onChange(value: T): void;
}

/** A radio group in a fieldset: arrow keys move between options, the legend names the question. */
export function ChoiceGroup<T extends string>({ legend, hint, name, options, labelOf, value, onChange }: Props<T>) {
  const id = useId();
  return (
    <fieldset className="choices card" {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          <span>{labelOf(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}
