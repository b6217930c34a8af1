import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import type { LocalizedText } from '../../lib/icp/localized-text';
import type { Locale } from '../../lib/model/vocab';
import { useLocale } from '../locale';
import { joinList, sameJson, splitList } from './draft-ops';

/*
 * Labelled controls for the options page. Each takes the validation path of the value it
 * edits: a save that fails marks the control (aria-invalid) and the issue list can focus it.
 */

/** Paths of the values the last save attempt found invalid. */
export const IssuePathsContext = createContext<ReadonlySet<string>>(new Set());

export function useInvalid(path: string | undefined): boolean {
  const paths = useContext(IssuePathsContext);
  return path !== undefined && paths.has(path);
}

interface FieldFrameProps {
  label: string;
  hint?: string | undefined;
  /** A problem found while typing, shown under the control and read with it. */
  error?: string | undefined;
  className?: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

export function FieldFrame({ label, hint, error, className, children }: FieldFrameProps) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`opt-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy })}
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="error">
          {error}
        </small>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  path?: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  type?: 'text' | 'url';
  multiline?: boolean;
  hint?: string | undefined;
  placeholder?: string;
  className?: string;
  error?: string | undefined;
}

export function TextField(props: TextFieldProps) {
  const { label, path, value, onChange, onBlur, type = 'text', multiline, hint } = props;
  const invalid = useInvalid(path) || Boolean(props.error);
  return (
    <FieldFrame label={label} hint={hint} error={props.error} className={props.className}>
      {({ id, describedBy }) => {
        const common = {
          id,
          value,
          'data-path': path,
          'aria-invalid': invalid || undefined,
          'aria-describedby': describedBy,
          placeholder: props.placeholder,
          onBlur,
        };
        return multiline ? (
          <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
        );
      }}
    </FieldFrame>
  );
}

interface NumberFieldProps {
  label: string;
  path?: string;
  /** NaN while the box holds no valid number; null (only when `nullable`) when empty. */
  value: number | null;
  onChange(value: number | null): void;
  min?: number;
  max?: number;
  step?: number;
  nullable?: boolean;
  hint?: string | undefined;
  className?: string;
  error?: string | undefined;
}

const formatNumber = (v: number | null) => (v === null || Number.isNaN(v) ? '' : String(v));

/**
 * A number box that keeps what the rep is typing ("1.", "") while passing the parsed
 * value up, and shows the outside value whenever it changes elsewhere (a slider, a reset).
 */
export function NumberField(props: NumberFieldProps) {
  const { label, path, value, onChange, nullable } = props;
  const invalid = useInvalid(path) || Boolean(props.error);
  const parse = (raw: string) => (raw.trim() === '' ? (nullable ? null : NaN) : Number(raw));
  const [text, setText] = useState(formatNumber(value));
  const shown = Object.is(parse(text), value) ? text : formatNumber(value);
  return (
    <FieldFrame
      label={label}
      hint={props.hint}
      error={props.error}
      className={`opt-number ${props.className ?? ''}`}
    >
      {({ id, describedBy }) => (
        <input
          id={id}
          type="number"
          inputMode="decimal"
          data-path={path}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          min={props.min}
          max={props.max}
          step={props.step ?? 1}
          value={shown}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parse(e.target.value));
          }}
        />
      )}
    </FieldFrame>
  );
}

interface ListFieldProps {
  label: string;
  path: string;
  values: readonly string[];
  onChange(values: string[]): void;
  hint?: string | undefined;
  /** How each value reads as a chip; `warn` marks one Criba will not recognise. */
  chip?(value: string): { text: string; warn?: boolean };
}

/** Comma-separated values, echoed as chips so the rep sees how they were split. */
export function ListField({ label, path, values, onChange, hint, chip }: ListFieldProps) {
  const invalid = useInvalid(path);
  const [text, setText] = useState(joinList(values));
  const shown = sameJson(splitList(text), values) ? text : joinList(values);
  return (
    <FieldFrame label={label} hint={hint} className="opt-list">
      {({ id, describedBy }) => (
        <>
          {/* A textarea so a long list wraps instead of hiding its end; lines also separate. */}
          <textarea
            id={id}
            rows={Math.min(4, Math.max(1, Math.ceil(shown.length / 80)))}
            data-path={path}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            value={shown}
            onChange={(e) => {
              setText(e.target.value);
              onChange(splitList(e.target.value));
            }}
          />
          {values.length > 0 && (
            <ul className="opt-chips" aria-hidden="true">
              {values.map((v, i) => {
                const c = chip?.(v) ?? { text: v };
                return (
                  <li key={`${i}-${v}`} className={c.warn ? 'opt-chip opt-chip--warn' : 'opt-chip'}>
                    {c.text}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </FieldFrame>
  );
}

interface LocalizedTextFieldProps {
  label: string;
  path: string;
  value: LocalizedText;
  /** The ICP's own language: a single string is written in it. */
  ownLocale: Locale;
  onChange(value: LocalizedText): void;
  multiline?: boolean;
}

/** One text in the ICP's language, or — ticked — the same text in English and Spanish. */
export function LocalizedTextField(props: LocalizedTextFieldProps) {
  const { label, path, value, ownLocale, onChange, multiline } = props;
  const { t } = useLocale();
  const both = typeof value !== 'string';
  const toggle = (on: boolean) => {
    if (on && typeof value === 'string') {
      onChange({ en: ownLocale === 'en' ? value : '', es: ownLocale === 'es' ? value : '' });
    } else if (!on && typeof value !== 'string') {
      onChange(value[ownLocale]);
    }
  };
  return (
    <div className="opt-localized">
      {typeof value === 'string' ? (
        <TextField
          label={label}
          path={path}
          value={value}
          onChange={onChange}
          multiline={multiline}
        />
      ) : (
        (['en', 'es'] as const).map((l) => (
          <TextField
            key={l}
            label={`${label} (${t(l === 'en' ? 'options.lang.en' : 'options.lang.es')})`}
            path={`${path}.${l}`}
            value={value[l]}
            multiline={multiline}
            onChange={(v) => onChange({ ...value, [l]: v })}
          />
        ))
      )}
      <label className="opt-check">
        <input type="checkbox" checked={both} onChange={(e) => toggle(e.target.checked)} />
        {t('options.text.bothLanguages', { label })}
      </label>
    </div>
  );
}
