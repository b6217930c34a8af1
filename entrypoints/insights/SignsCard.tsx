import { useLocale } from '../../components/locale';
import type { Sign, SignId } from '../../lib/insights/signs';
import { Section } from './charts';

const TITLES: Record<
  SignId,
  'insights.sign.contacts.title' | 'insights.sign.followUps.title' | 'insights.sign.discounts.title'
> = {
  contacts: 'insights.sign.contacts.title',
  followUps: 'insights.sign.followUps.title',
  discounts: 'insights.sign.discounts.title',
};

/** The three warning signs, each a verdict in words with its figures. */
export function SignsCard({ signs }: { signs: (Sign | { id: SignId; state: 'loading' })[] }) {
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
                <p>{t(s.message.key, s.message.params)}</p>
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
