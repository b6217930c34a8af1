import type { Icp, Problem } from '../../lib/icp/icp-schema';
import { useLocale } from '../locale';
import { newProblem } from './draft-ops';
import { ListField, LocalizedTextField } from './fields';

interface Props {
  icp: Icp;
  onChange(update: (icp: Icp) => Icp): void;
}

/**
 * The problems the team solves, each with its proof point: what a proposal angle offers.
 * A problem's hooks (which situations it answers) are kept as they are.
 */
export function ProblemsCard({ icp, onChange }: Props) {
  const { t } = useLocale();
  const update = (index: number, next: Problem) =>
    onChange((d) => ({ ...d, problems: d.problems.map((p, i) => (i === index ? next : p)) }));
  const remove = (index: number) =>
    onChange((d) => ({ ...d, problems: d.problems.filter((_, i) => i !== index) }));
  const add = () =>
    onChange((d) => ({ ...d, problems: [...d.problems, newProblem(d.problems.map((p) => p.id))] }));

  return (
    <section className="card options-card" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('options.problems.title')}</h2>
      <p className="hint">{t('options.problems.intro')}</p>
      {icp.problems.length === 0 ? (
        <p className="empty">{t('options.problems.empty')}</p>
      ) : (
        <ol className="opt-problems">
          {icp.problems.map((problem, i) => {
            const path = `problems.${i}`;
            const title = t('options.problems.item', { n: i + 1 });
            return (
              <li key={problem.id}>
                <article className="opt-problem" data-path={path} aria-label={title}>
                  <div className="opt-entry-head">
                    <h3>{title}</h3>
                    <button
                      type="button"
                      className="quiet opt-remove"
                      aria-label={t('options.problems.remove', { n: i + 1 })}
                      onClick={() => remove(i)}
                    >
                      {t('options.remove')}
                    </button>
                  </div>
                  <LocalizedTextField
                    label={t('options.problems.text')}
                    path={`${path}.text`}
                    value={problem.text}
                    ownLocale={icp.locale}
                    onChange={(text) => update(i, { ...problem, text })}
                  />
                  <LocalizedTextField
                    label={t('options.problems.proofPoint')}
                    path={`${path}.proofPoint`}
                    value={problem.proofPoint}
                    ownLocale={icp.locale}
                    multiline
                    onChange={(proofPoint) => update(i, { ...problem, proofPoint })}
                  />
                  <ListField
                    label={t('options.problems.keywords')}
                    path={`${path}.keywords`}
                    values={problem.keywords}
                    hint={t('options.problems.keywordsHint')}
                    onChange={(keywords) => update(i, { ...problem, keywords })}
                  />
                </article>
              </li>
            );
          })}
        </ol>
      )}
      <div className="opt-add-row">
        <button type="button" onClick={add}>
          {t('options.problems.add')}
        </button>
      </div>
    </section>
  );
}
