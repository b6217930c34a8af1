import { useActiveIcp } from '../../components/icp-store';
import { answerText, criterionText, funnelKey } from '../../components/insights/labels';
import { useFramework } from '../../components/framework-store';
import { useLocale } from '../../components/locale';
import type { RowQuery } from '../../lib/db/list-query';
import { outcomeKey, statusKey, surfaceKey, verdictKey } from '../../lib/i18n/vocab-keys';

interface Chip {
  id: string;
  label: string;
  remove(q: RowQuery): RowQuery;
}

const without =
  <K extends keyof RowQuery>(key: K, value: unknown) =>
  (q: RowQuery): RowQuery => ({
    ...q,
    [key]: (q[key] as unknown[]).filter((v) => v !== value),
  });

/**
 * Every active filter as a chip the rep can remove, those the address brought (a link
 * from the insights) included: the filters that have no menu of their own show here only.
 */
export function ActiveFilters({
  query,
  onChange,
}: {
  query: RowQuery;
  onChange(q: RowQuery): void;
}) {
  const { t, locale } = useLocale();
  const active = useActiveIcp();
  const framework = useFramework();
  const day = (iso: string) => new Date(iso).toLocaleDateString(locale);
  const chips: Chip[] = [
    ...query.verdict.map((v) => ({
      id: `verdict:${v}`,
      label: v === 'none' ? t('list.filter.unscored') : t(verdictKey(v)),
      remove: without('verdict', v),
    })),
    ...query.grade.map((g) => ({ id: `grade:${g}`, label: g, remove: without('grade', g) })),
    ...query.status.map((s) => ({
      id: `status:${s}`,
      label: t(statusKey(s)),
      remove: without('status', s),
    })),
    ...query.outcome.map((o) => ({
      id: `outcome:${o}`,
      label: t(outcomeKey(o)),
      remove: without('outcome', o),
    })),
    ...query.source.map((s) => ({
      id: `source:${s}`,
      label: t(surfaceKey(s)),
      remove: without('source', s),
    })),
    ...query.met.map((m) => ({
      id: `met:${m}`,
      label: t('insights.chip.met', { name: criterionText(active, m, locale) }),
      remove: without('met', m),
    })),
    ...query.notMet.map((m) => ({
      id: `notMet:${m}`,
      label: t('insights.chip.notMet', { name: criterionText(active, m, locale) }),
      remove: without('notMet', m),
    })),
    ...query.answer.map((a) => {
      const { question, answer } = answerText(framework, a, locale);
      return { id: `answer:${a}`, label: `${question}: ${answer}`, remove: without('answer', a) };
    }),
    ...query.funnel.map((f) => ({
      id: `funnel:${f}`,
      label: t('insights.chip.reached', { name: t(funnelKey(f)) }),
      remove: without('funnel', f),
    })),
    ...query.decidedIn.map((b) => ({
      id: `decidedIn:${b}`,
      label: t('insights.chip.decidedIn', { name: t(`insights.time.${b}`) }),
      remove: without('decidedIn', b),
    })),
    ...(query.discounted
      ? [
          {
            id: 'discounted',
            label: t('insights.chip.discounted'),
            remove: (q: RowQuery) => ({ ...q, discounted: false }),
          },
        ]
      : []),
    ...(query.ids.length > 0
      ? [
          {
            id: 'ids',
            label: t('insights.chip.ids', { count: query.ids.length }),
            remove: (q: RowQuery) => ({ ...q, ids: [] }),
          },
        ]
      : []),
    ...(query.from
      ? [
          {
            id: 'from',
            label: t(
              query.dateOn === 'created' ? 'insights.chip.from' : 'insights.chip.updatedFrom',
              { day: day(query.from) },
            ),
            remove: (q: RowQuery) => ({ ...q, from: null }),
          },
        ]
      : []),
    ...(query.to
      ? [
          {
            id: 'to',
            label: t(query.dateOn === 'created' ? 'insights.chip.to' : 'insights.chip.updatedTo', {
              day: day(query.to),
            }),
            remove: (q: RowQuery) => ({ ...q, to: null }),
          },
        ]
      : []),
  ];
  if (chips.length === 0) return null;
  return (
    <ul
      className="chips active-filters"
      aria-label={t('insights.chips')}
      data-testid="active-filters"
    >
      {chips.map((c) => (
        <li key={c.id} className="chip">
          <span>{c.label}</span>
          <button
            type="button"
            className="chip-remove"
            aria-label={t('insights.chip.remove', { name: c.label })}
            onClick={() => onChange(c.remove(query))}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
