import type { ReactNode } from 'react';
import { useLocale } from '../../components/locale';
import { prospectsLink, type LinkFilters } from '../../lib/insights/query-url';

/** A share as a whole percent. */
export const pct = (share: number | null) => (share === null ? 0 : Math.round(share * 100));

/** A number that opens the prospects it counts. */
export function Count({ n, filters }: { n: number; filters: LinkFilters }) {
  const { t, locale } = useLocale();
  return (
    <a className="count-link" href={prospectsLink(filters)} title={t('insights.show')}>
      {n.toLocaleString(locale)}
    </a>
  );
}

/**
 * One horizontal bar in SVG, its value also said in words (title for screen readers,
 * the text beside it for everyone). `shares` draws several bars stacked in one row.
 */
export function Bar({
  label,
  shares,
}: {
  label: string;
  shares: { share: number | null; tone?: string }[];
}) {
  const height = 10 * shares.length + 2 * (shares.length - 1);
  return (
    <svg
      className="bar"
      viewBox={`0 0 100 ${height}`}
      preserveAspectRatio="none"
      role="img"
      height={height}
    >
      <title>{label}</title>
      {shares.map((s, i) => (
        <g key={i}>
          <rect x="0" y={i * 12} width="100" height="10" className="bar-track" />
          <rect
            x="0"
            y={i * 12}
            width={Math.max(0, Math.min(100, (s.share ?? 0) * 100))}
            height="10"
            className={`bar-fill ${s.tone ?? ''}`}
          />
        </g>
      ))}
    </svg>
  );
}

/** A card of the page, with its heading, an optional hint and a sentence when empty. */
export function Section({
  id,
  title,
  hint,
  empty,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  empty?: string | null;
  children?: ReactNode;
}) {
  return (
    <section className="card insight" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {hint && <p className="hint">{hint}</p>}
      {empty ? <p className="empty-note">{empty}</p> : children}
    </section>
  );
}
