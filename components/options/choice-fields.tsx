import { FieldFrame, useInvalid } from './fields';

/* Choice controls of the options page; like fields.tsx, each knows its validation path. */

interface CheckboxGroupProps<T extends string> {
  legend: string;
  path: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange(next: T[]): void;
}

/** A multi-select as checkboxes; the result keeps the options' order. */
export function CheckboxGroup<T extends string>(props: CheckboxGroupProps<T>) {
  const { legend, path, options, selected, onChange } = props;
  const invalid = useInvalid(path);
  const toggle = (value: T, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <fieldset className={invalid ? 'opt-checks opt-invalid' : 'opt-checks'} data-path={path}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="opt-check">
          <input
            type="checkbox"
            checked={selected.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  path?: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  hint?: string | undefined;
  className?: string;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { label, path, value, options, onChange } = props;
  const invalid = useInvalid(path);
  return (
    <FieldFrame label={label} hint={props.hint} className={props.className}>
      {({ id, describedBy }) => (
        <select
          id={id}
          data-path={path}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          value={value}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
