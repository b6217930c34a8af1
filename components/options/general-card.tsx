import { useEffect, useState } from 'react';
import type { Icp } from '../../lib/icp/icp-schema';
import { localeFromLanguageTag } from '../../lib/i18n';
import type { Locale } from '../../lib/model/vocab';
import { useLocale } from '../locale';
import { localeSetting } from '../settings';
import { SelectField } from './choice-fields';
import { TextField } from './fields';
import { RetentionField } from './retention-field';

/** The stored language choice itself, 'auto' included (useLocale only knows the result). */
function useLocaleChoice(): 'auto' | Locale {
  const [choice, setChoice] = useState<'auto' | Locale>('auto');
  useEffect(() => {
    localeSetting.getValue().then(setChoice, () => undefined);
    return localeSetting.watch((v) => setChoice(v ?? 'auto'));
  }, []);
  return choice;
}

interface Props {
  icp: Icp;
  onChange(update: (icp: Icp) => Icp): void;
}

/** The interface language, how long prospects are kept, and the ICP's name and language. */
export function GeneralCard({ icp, onChange }: Props) {
  const { t, setLocale } = useLocale();
  const choice = useLocaleChoice();
  const browser = localeFromLanguageTag(globalThis.navigator?.language);
  const languages = [
    {
      value: 'auto' as const,
      label: t('options.lang.auto', {
        language: t(browser === 'es' ? 'options.lang.es' : 'options.lang.en'),
      }),
    },
    { value: 'en' as const, label: 'English' },
    { value: 'es' as const, label: 'Español' },
  ];
  return (
    <section className="card options-card" aria-labelledby="general-heading">
      <h2 id="general-heading">{t('options.general.title')}</h2>
      <div className="opt-grid-2">
        <SelectField
          label={t('options.general.uiLanguage')}
          value={choice}
          options={languages}
          onChange={(v) => setLocale(v)}
        />
        <RetentionField />
        <TextField
          label={t('options.general.icpName')}
          path="name"
          value={icp.name}
          onChange={(name) => onChange((d) => ({ ...d, name }))}
        />
        <SelectField
          label={t('options.general.icpLocale')}
          path="locale"
          value={icp.locale}
          options={[
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Español' },
          ]}
          onChange={(locale) => onChange((d) => ({ ...d, locale }))}
          hint={t('options.general.icpLocaleHint')}
        />
      </div>
    </section>
  );
}
