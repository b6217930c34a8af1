import { useEffect, useState } from 'react';
import type { Criterion, CriterionKind, Icp } from '../../lib/icp/icp-schema';
import type { MessageKey } from '../../lib/i18n';
import { useLocale } from '../locale';
import { SelectField } from './choice-fields';
import { CriterionRow } from './criterion-row';
import { CRITERION_KINDS, newCriterion } from './draft-ops';

interface Props {
  icp: Icp;
  onChange(update: (icp: Icp) => Icp): void;
}

/** The ICP's criteria: edit, remove, add one of a chosen kind. */
export function CriteriaCard({ icp, onChange }: Props) {
  const { t } = useLocale();
  const [kind, setKind] = useState<CriterionKind>('industry');
  const [added, setAdded] = useState<string | null>(null);

  // A new criterion is empty: put the keyboard where its values go.
  useEffect(() => {
    if (!added) return;
    const row = document.querySelector(`[data-criterion="${CSS.escape(added)}"]`);
    row?.querySelector<HTMLElement>('.opt-criterion-params :is(input, textarea, select)')?.focus();
    setAdded(null);
  }, [added]);

  const update = (index: number, next: Criterion) =>
    onChange((d) => ({ ...d, criteria: d.criteria.map((c, i) => (i === index ? next : c)) }));
  const remove = (index: number) =>
    onChange((d) => ({ ...d, criteria: d.criteria.filter((_, i) => i !== index) }));
  const add = () => {
    const next = newCriterion(
      kind,
      icp.criteria.map((c) => c.id),
    );
    onChange((d) => ({ ...d, criteria: [...d.criteria, next] }));
    setAdded(next.id);
  };

  return (
    <section className="card options-card" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">{t('options.criteria.title')}</h2>
      <p className="hint">{t('options.criteria.intro')}</p>
      {icp.criteria.length === 0 ? (
        <p className="empty">{t('options.criteria.empty')}</p>
      ) : (
        <ol className="opt-criteria">
          {icp.criteria.map((c, i) => (
            <li key={c.id}>
              <CriterionRow
                index={i}
                criterion={c}
                icpLocale={icp.locale}
                onChange={(next) => update(i, next)}
                onRemove={() => remove(i)}
              />
            </li>
          ))}
        </ol>
      )}
      <div className="opt-add-row">
        <SelectField<CriterionKind>
          label={t('options.criteria.addKind')}
          value={kind}
          options={CRITERION_KINDS.map((k) => ({
            value: k,
            label: t(`options.kind.${k}` as MessageKey),
          }))}
          onChange={setKind}
        />
        <button type="button" onClick={add}>
          {t('options.criteria.add')}
        </button>
      </div>
    </section>
  );
}
