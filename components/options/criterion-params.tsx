import { resolveTerritory, territoryLabel } from '../../lib/icp/countries';
import type { Criterion } from '../../lib/icp/icp-schema';
import { departmentKey, seniorityKey } from '../../lib/i18n/vocab-keys';
import { DEPARTMENTS, SENIORITIES, type Locale } from '../../lib/model/vocab';
import { useLocale } from '../locale';
import { CheckboxGroup, SelectField } from './choice-fields';
import { ListField, LocalizedTextField, NumberField } from './fields';

interface Props {
  criterion: Criterion;
  /** Validation path of the criterion, e.g. `criteria.2`. */
  path: string;
  icpLocale: Locale;
  onChange(next: Criterion): void;
}

/** The editor of what a criterion looks for; one shape per kind. */
export function CriterionParams({ criterion: c, path, icpLocale, onChange }: Props) {
  const { t, locale } = useLocale();
  const p = `${path}.params`;
  switch (c.kind) {
    case 'industry':
      return (
        <ListField
          label={t('options.params.industries')}
          path={`${p}.values`}
          values={c.params.values}
          hint={t('options.params.industriesHint')}
          onChange={(values) => onChange({ ...c, params: { values } })}
        />
      );
    case 'country':
      return (
        <ListField
          label={t('options.params.countries')}
          path={`${p}.values`}
          values={c.params.values}
          hint={t('options.params.countriesHint')}
          chip={(v) =>
            resolveTerritory(v)
              ? { text: territoryLabel(v, locale) }
              : { text: t('options.params.unknownPlace', { value: v }), warn: true }
          }
          onChange={(values) => onChange({ ...c, params: { values } })}
        />
      );
    case 'tech':
      return (
        <div className="opt-grid-2">
          <ListField
            label={t('options.params.technologies')}
            path={`${p}.values`}
            values={c.params.values}
            hint={t('options.params.technologiesHint')}
            onChange={(values) => onChange({ ...c, params: { ...c.params, values } })}
          />
          <SelectField
            label={t('options.params.techMode')}
            path={`${p}.mode`}
            value={c.params.mode}
            options={[
              { value: 'any', label: t('options.params.techMode.any') },
              { value: 'none', label: t('options.params.techMode.none') },
            ]}
            onChange={(mode) => onChange({ ...c, params: { ...c.params, mode } })}
          />
        </div>
      );
    case 'size':
      return (
        <div className="opt-grid-2">
          <NumberField
            label={t('options.params.sizeMin')}
            path={`${p}.min`}
            value={c.params.min}
            min={0}
            onChange={(min) => onChange({ ...c, params: { ...c.params, min: min ?? NaN } })}
          />
          <NumberField
            label={t('options.params.sizeMax')}
            path={`${p}.max`}
            value={c.params.max}
            min={1}
            nullable
            hint={t('options.params.sizeMaxHint')}
            onChange={(max) => onChange({ ...c, params: { ...c.params, max } })}
          />
        </div>
      );
    case 'hiring':
      return (
        <SelectField
          label={t('options.params.hiring')}
          path={`${p}.value`}
          value={c.params.value ? 'yes' : 'no'}
          options={[
            { value: 'yes', label: t('options.params.hiring.yes') },
            { value: 'no', label: t('options.params.hiring.no') },
          ]}
          onChange={(v) => onChange({ ...c, params: { value: v === 'yes' } })}
        />
      );
    case 'seniority':
      return (
        <CheckboxGroup
          legend={t('options.params.seniorities')}
          path={`${p}.values`}
          options={SENIORITIES.map((s) => ({
            value: s,
            label: t(seniorityKey(s)),
          }))}
          selected={c.params.values}
          onChange={(values) => onChange({ ...c, params: { values } })}
        />
      );
    case 'department':
      return (
        <CheckboxGroup
          legend={t('options.params.departments')}
          path={`${p}.values`}
          options={DEPARTMENTS.map((d) => ({
            value: d,
            label: t(departmentKey(d)),
          }))}
          selected={c.params.values}
          onChange={(values) => onChange({ ...c, params: { values } })}
        />
      );
    case 'keyword':
      return (
        <div className="opt-grid-2">
          <ListField
            label={t('options.params.keywords')}
            path={`${p}.values`}
            values={c.params.values}
            hint={t('options.params.keywordsHint')}
            onChange={(values) => onChange({ ...c, params: { ...c.params, values } })}
          />
          <LocalizedTextField
            label={t('options.params.keywordLabel')}
            path={`${p}.label`}
            value={c.params.label}
            ownLocale={icpLocale}
            onChange={(label) => onChange({ ...c, params: { ...c.params, label } })}
          />
        </div>
      );
  }
}
