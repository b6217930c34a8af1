import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../lib/i18n';
import { formatDate } from '../lib/i18n';
import {
  factDisplay,
  rowValue,
  shortUrl,
  splitRows,
  type FactRowSpec,
} from '../lib/display/fact-rows';
import { parseSizeRange } from '../lib/display/size-range';
import type { FieldMap, FieldValue } from '../lib/model/records';
import type { SignalValue } from '../lib/model/signal';
import { DEPARTMENTS, SENIORITIES, type Entity } from '../lib/model/vocab';
import { fieldKind, parseFieldInput } from '../lib/prospect/field-input';
import { inertText } from '../lib/text/inert-text';
import { useLocale } from './locale';

interface Props {
  entity: Entity;
  fields: FieldMap;
  /** Absent while the panel's editor loads: the facts are shown, not yet editable. */
  onChange?(field: string, value: SignalValue | undefined): void;
}

/**
 * One entity's facts in words (ranges, country names, chips), each with where it came from
 * and editable. Facts not found wait behind one button, so what was found stays in view.
 */
export function FactsSection({ entity, fields, onChange }: Props) {
  const { t } = useLocale();
  const { all, known, missing } = splitRows(entity, fields);
  const [showMissing, setShowMissing] = useState(false);
  // Opened, every row keeps its usual place, so a fact the rep adds stays where it was typed.
  const rows = showMissing ? all : known;
  return (
    <section className="card facts" aria-labelledby={`facts-${entity}`}>
      <h2 id={`facts-${entity}`}>{t(`facts.${entity}` as MessageKey)}</h2>
      <dl>
        {rows.map((row) => (
          <FactRow key={row.id} entity={entity} row={row} fields={fields} onChange={onChange} />
        ))}
      </dl>
      {onChange && !showMissing && missing.length > 0 && (
        <button type="button" className="quiet more" onClick={() => setShowMissing(true)}>
          {t('facts.showEmpty', { count: missing.length })}
        </button>
      )}
    </section>
  );
}

function FactRow({
  entity,
  row,
  fields,
  onChange,
}: {
  entity: Entity;
  row: FactRowSpec;
  fields: FieldMap;
  onChange?(field: string, value: SignalValue | undefined): void;
}) {
  const { t, locale } = useLocale();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  // After an edit, focus goes back to the row's edit button, not to the top of the panel.
  const editButton = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (editing || !refocus) return;
    editButton.current?.focus();
    setRefocus(false);
  }, [editing, refocus]);

  const label = t(`facts.${entity}.${row.id}` as MessageKey);
  const isSize = row.id === 'size';
  const kind = isSize ? 'size' : fieldKind(entity, row.id);
  const value = rowValue(row, fields);
  const shown = factDisplay(entity, row, fields, locale);

  const close = () => {
    setEditing(false);
    setRefocus(true);
  };
  const start = () => {
    setText(isSize ? sizeEditText(fields) : editText(value));
    setInvalid(false);
    setEditing(true);
  };
  const commit = () => {
    if (!onChange) return;
    if (isSize) {
      const range = text.trim() === '' ? {} : parseSizeRange(text);
      if (range === null) return setInvalid(true);
      onChange('employeesMin', range.min);
      onChange('employeesMax', range.max);
      return close();
    }
    const parsed = parseFieldInput(entity, row.id, text);
    if (parsed === null) return setInvalid(true);
    onChange(row.id, parsed);
    close();
  };

  return (
    <div className={`fact${value ? '' : ' fact--empty'}`} data-field={`${entity}.${row.id}`}>
      <dt>{label}</dt>
      <dd>
        {editing ? (
          <form
            className="fact-edit"
            onSubmit={(e) => {
              e.preventDefault();
              commit();
            }}
          >
            {kind === 'seniority' || kind === 'department' || kind === 'boolean' ? (
              <select
                aria-label={label}
                value={text}
                autoFocus
                onChange={(e) => setText(e.target.value)}
                onKeyDown={(e) => e.key === 'Escape' && close()}
              >
                <option value="">{t('common.unknown')}</option>
                {optionsFor(kind).map((o) => (
                  <option key={o} value={o}>
                    {optionLabel(kind, o, t)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                aria-label={label}
                value={text}
                autoFocus
                inputMode={kind === 'number' ? 'numeric' : undefined}
                placeholder={
                  kind === 'list' ? t('facts.listHint') : isSize ? t('facts.sizeHint') : undefined
                }
                aria-invalid={invalid}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={(e) => e.key === 'Escape' && close()}
              />
            )}
            <button type="submit">{t('common.save')}</button>
            <button type="button" className="quiet" onClick={close}>
              {t('common.cancel')}
            </button>
            {invalid && (
              <p className="error" role="alert">
                {t('facts.invalid', { field: label })}
              </p>
            )}
          </form>
        ) : (
          <>
            {shown === null ? (
              <span className="fact-value">{t('facts.empty')}</span>
            ) : 'chips' in shown ? (
              <ul className="fact-value chips">
                {shown.chips.map((chip, i) => (
                  <li key={i}>
                    <bdi>{inertText(chip)}</bdi>
                  </li>
                ))}
              </ul>
            ) : (
              // <bdi>: a right-to-left value never reorders the icons beside it.
              <bdi className="fact-value">{inertText(shown.text)}</bdi>
            )}
            {value && <SourceIcon value={value} />}
            {onChange && (
              <button
                ref={editButton}
                type="button"
                className="icon"
                aria-label={t('facts.edit', { field: label })}
                title={t('facts.edit', { field: label })}
                onClick={start}
              >
                ✎
              </button>
            )}
          </>
        )}
      </dd>
    </div>
  );
}

/** Where a value came from, as a small mark: the method, page address and date on hover. */
function SourceIcon({ value }: { value: FieldValue }) {
  const { t, locale } = useLocale();
  const { method, url, capturedAt } = value.source;
  const date = formatDate(locale, capturedAt, { dateStyle: 'medium', timeStyle: 'short' });
  const says =
    method === 'rep'
      ? t('facts.source.rep', { date })
      : t('facts.source.tooltip', {
          method: t(`facts.method.${method}` as MessageKey),
          url: url ? shortUrl(url) : t('facts.source.noAddress'),
          date,
        });
  return (
    <span className={`source source--${method}`} role="img" aria-label={says} title={says}>
      <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <circle cx="8" cy="4.8" r="1.1" fill="currentColor" />
        <rect x="7.2" y="7" width="1.6" height="5" rx="0.6" fill="currentColor" />
      </svg>
    </span>
  );
}

function optionsFor(kind: string): readonly string[] {
  if (kind === 'seniority') return SENIORITIES;
  if (kind === 'department') return DEPARTMENTS;
  return ['true', 'false'];
}

function optionLabel(kind: string, o: string, t: (k: MessageKey) => string): string {
  if (kind === 'seniority') return t(`seniority.${o}` as MessageKey);
  if (kind === 'department') return t(`department.${o}` as MessageKey);
  return t(`display.hiring.${o}` as MessageKey);
}

function editText(value: FieldValue | undefined): string {
  if (!value) return '';
  return Array.isArray(value.value) ? value.value.join(', ') : String(value.value);
}

/** The size as the rep would type it back: "51-200", "10000+", "up to 10". */
function sizeEditText(fields: FieldMap): string {
  const min = fields.employeesMin?.value;
  const max = fields.employeesMax?.value;
  if (typeof min === 'number' && typeof max === 'number')
    return min === max ? `${min}` : `${min}-${max}`;
  if (typeof min === 'number') return `${min}+`;
  if (typeof max === 'number') return `≤${max}`;
  return '';
}
