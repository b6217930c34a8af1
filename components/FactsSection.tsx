import { useState } from 'react';
import type { MessageKey } from '../lib/i18n';
import { formatDate } from '../lib/i18n';
import type { FieldMap, FieldValue } from '../lib/model/records';
import type { SignalValue } from '../lib/model/signal';
import { DEPARTMENTS, SENIORITIES, type Entity } from '../lib/model/vocab';
import { fieldKind, parseFieldInput } from '../lib/prospect/draft';
import { inertText } from '../lib/text/inert-text';
import { useLocale } from './locale';

export const PERSON_ROWS = [
  'name',
  'title',
  'seniority',
  'department',
  'location',
  'email',
  'phone',
  'linkedinUrl',
] as const;
export const COMPANY_ROWS = [
  'name',
  'website',
  'domain',
  'industry',
  'employeesMin',
  'employeesMax',
  'location',
  'country',
  'founded',
  'tech',
  'hiring',
  'hiringRoles',
  'linkedinUrl',
  'phone',
  'email',
  'specialties',
  'description',
] as const;

interface Props {
  entity: Entity;
  fields: FieldMap;
  rows: readonly string[];
  onChange(field: string, value: SignalValue | undefined): void;
}

/** One entity's facts, each with where it came from, each editable by the rep. */
export function FactsSection({ entity, fields, rows, onChange }: Props) {
  const { t } = useLocale();
  const filled = rows.filter((f) => fields[f] !== undefined);
  // Few facts (a blank or changed page): every row open for typing. Else the empty ones
  // wait behind one button, so the facts that were found stay in view.
  const [showAll, setShowAll] = useState(filled.length < 3);
  const shown = showAll ? rows : filled;
  const hidden = rows.length - shown.length;
  return (
    <section className="card facts" aria-labelledby={`facts-${entity}`}>
      <h2 id={`facts-${entity}`}>{t(`facts.${entity}` as MessageKey)}</h2>
      <dl>
        {shown.map((field) => (
          <FactRow
            key={field}
            entity={entity}
            field={field}
            value={fields[field]}
            onChange={(v) => onChange(field, v)}
          />
        ))}
      </dl>
      {hidden > 0 && (
        <button type="button" className="quiet more" onClick={() => setShowAll(true)}>
          {t('facts.showEmpty', { count: hidden })}
        </button>
      )}
    </section>
  );
}

function FactRow({
  entity,
  field,
  value,
  onChange,
}: {
  entity: Entity;
  field: string;
  value: FieldValue | undefined;
  onChange(value: SignalValue | undefined): void;
}) {
  const { t, locale } = useLocale();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const label = t(`facts.${entity}.${field}` as MessageKey);
  const kind = fieldKind(entity, field);

  const start = () => {
    setText(value ? editText(value.value) : '');
    setInvalid(false);
    setEditing(true);
  };
  const commit = () => {
    const parsed = parseFieldInput(entity, field, text);
    if (parsed === null) return setInvalid(true);
    onChange(parsed);
    setEditing(false);
  };

  return (
    <div className={`fact${value ? '' : ' fact--empty'}`} data-field={`${entity}.${field}`}>
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
                placeholder={kind === 'list' ? t('facts.listHint') : undefined}
                aria-invalid={invalid}
                onChange={(e) => setText(e.target.value)}
                onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
              />
            )}
            <button type="submit">{t('common.save')}</button>
            <button type="button" className="quiet" onClick={() => setEditing(false)}>
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
            {value ? (
              // <bdi>: a right-to-left value never reorders the source label beside it.
              <bdi className="fact-value">{inertText(displayValue(kind, value.value, t))}</bdi>
            ) : (
              <span className="fact-value">{t('facts.empty')}</span>
            )}
            {value && (
              <span
                className={`source source--${value.source.method}`}
                title={t('facts.source.tooltip', {
                  method: t(`facts.method.${value.source.method}` as MessageKey),
                  url: value.source.url,
                  date: formatDate(locale, value.source.capturedAt, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })}
              >
                {t(`facts.method.${value.source.method}` as MessageKey)}
              </span>
            )}
            <button
              type="button"
              className="icon"
              aria-label={t('facts.edit', { field: label })}
              onClick={start}
            >
              ✎
            </button>
          </>
        )}
      </dd>
    </div>
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
  return t(`facts.hiring.${o}` as MessageKey);
}

function editText(v: SignalValue): string {
  return Array.isArray(v) ? v.join(', ') : String(v);
}

function displayValue(kind: string, v: SignalValue, t: (k: MessageKey) => string): string {
  if (kind === 'seniority' || kind === 'department' || kind === 'boolean')
    return optionLabel(kind, String(v), t);
  return Array.isArray(v) ? v.join(', ') : String(v);
}
