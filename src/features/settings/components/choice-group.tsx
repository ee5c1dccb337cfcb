import { useId } from 'react';

interface ChoiceGroupProps<T extends string> {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** A fieldset of native radio buttons: arrow keys move between them and change the value. */
export function ChoiceGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
}: ChoiceGroupProps<T>) {
  // The quick menu and the settings page may both be on screen: each group needs its own name.
  const name = useId();
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
