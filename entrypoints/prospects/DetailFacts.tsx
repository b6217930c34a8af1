import { useLocale } from '../../components/locale';
import type { MessageKey } from '../../lib/i18n';
import { surfaceKey } from '../../lib/i18n/vocab-keys';
import type { FieldMap } from '../../lib/model/records';
import type { SignalValue } from '../../lib/model/signal';
import { inertText } from '../../lib/text/inert-text';
import { safeHttpUrl } from '../../lib/text/safe-http-url';
import type { Locale } from '../../lib/model/vocab';
import { countryName } from '../../lib/display/country-name';

/** The fields the catalogue names, in reading order; others are kept but not shown here. */
const SHOWN = {
  person: ['name', 'title', 'company', 'email', 'phone', 'location', 'seniority', 'department'],
  company: [
    ...['name', 'domain', 'website', 'industry', 'employeesMin', 'employeesMax', 'location'],
    ...['country', 'founded', 'tech', 'hiring', 'hiringRoles', 'specialties', 'phone', 'email'],
    'description',
  ],
} as const;

function text(t: (k: MessageKey) => string, locale: Locale, field: string, v: SignalValue): string {
  if (typeof v === 'boolean') return t(v ? 'common.yes' : 'common.no');
  if (field === 'country' && typeof v === 'string') return countryName(v, locale);
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** Facts with where each was read: the page (a link when it is one) and how. */
export function DetailFacts({
  entity,
  fields,
}: {
  entity: 'person' | 'company';
  fields: FieldMap;
}) {
  const { t, locale } = useLocale();
  const shown = SHOWN[entity].filter((f) => fields[f] !== undefined);
  if (shown.length === 0) return <p className="hint">{t('list.detail.none')}</p>;
  return (
    <dl className="detail-facts">
      {shown.map((f) => {
        const { value, source } = fields[f]!;
        const href = safeHttpUrl(source.url);
        const where = `${t(surfaceKey(source.surface))} · ${t(`facts.method.${source.method}` as MessageKey)}`;
        return (
          <div key={f}>
            <dt>{t(`facts.${entity}.${f}` as MessageKey)}</dt>
            <dd>
              <bdi>{inertText(text(t, locale, f, value))}</bdi>{' '}
              <small className="hint">
                {href ? (
                  <a href={href} target="_blank" rel="noreferrer noopener">
                    {where}
                  </a>
                ) : (
                  where
                )}
              </small>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Every distinct page the prospect's facts were read from, as links. */
export function SourcePages({ maps }: { maps: FieldMap[] }) {
  const { t } = useLocale();
  const urls = [
    ...new Set(maps.flatMap((m) => Object.values(m).map((f) => safeHttpUrl(f.source.url)))),
  ].filter((u): u is string => u !== null);
  if (urls.length === 0) return <p className="hint">{t('list.detail.none')}</p>;
  return (
    <ul className="detail-sources">
      {urls.map((u) => (
        <li key={u}>
          <a href={u} target="_blank" rel="noreferrer noopener">
            <bdi>{inertText(u)}</bdi>
          </a>
        </li>
      ))}
    </ul>
  );
}
