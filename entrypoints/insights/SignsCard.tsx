import type { ReactNode } from 'react';
import { useLocale } from '../../components/locale';
import type { Params } from '../../lib/i18n';
import type { LinkFilters } from '../../lib/insights/query-url';
import { signLinks } from '../../lib/insights/sign-links';
import type { Sign, SignId } from '../../lib/insights/signs';
import { Count, Section } from './charts';
import { Rich } from './RateList';

const TITLES: Record<
  SignId,
  'insights.sign.contacts.title' | 'insights.sign.followUps.title' | 'insights.sign.discounts.title'
> = {
  contacts: 'insights.sign.contacts.title',
  followUps: 'insights.sign.followUps.title',
  discounts: 'insights.sign.discounts.title',
};

/** A sign's verdict in words, each figure that counts prospects a link to them. */
function Verdict({ sign, links }: { sign: Sign; links: Partial<Record<string, LinkFilters>> }) {
  const parts: Record<string, ReactNode> = {};
  const params: Params = {};
  for (const [name, value] of Object.entries(sign.message.params ?? {})) {
    const filters = links[name];
    if (filters && typeof value === 'number') parts[name] = <Count n={value} filters={filters} />;
    else params[name] = value;
  }
  return <Rich k={sign.message.key} parts={parts} params={params} />;
}

/** The three warning signs, each a verdict in words with its figures. */
export function SignsCard({
  signs,
  range,
  staleTo,
}: {
  signs: (Sign | { id: SignId; state: 'loading' })[];
  range: LinkFilters;
  staleTo: string;
}) {
  const { t } = useLocale();
  return (
    <Section id="signs" title={t('insights.signs.title')}>
      <ul className="signs">
        {signs.map((s) => (
          <li key={s.id} className={`sign sign--${s.state}`} data-sign={s.id} data-state={s.state}>
            <h3>{t(TITLES[s.id])}</h3>
            {'message' in s ? (
              <>
                <span className="sign-state">{t(`insights.sign.state.${s.state}`)}</span>
                <p>
                  <Verdict sign={s} links={signLinks(s.id, range, staleTo)} />
                </p>
              </>
            ) : (
              <p className="hint">{t('insights.loadingDecided')}</p>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
