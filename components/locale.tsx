import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { localeFromLanguageTag, translator, type Translate } from '../lib/i18n';
import type { Locale } from '../lib/model/vocab';
import { localeSetting } from './settings';

interface LocaleValue {
  locale: Locale;
  t: Translate;
  setLocale(next: 'auto' | Locale): void;
}

const browserLocale = (): Locale => localeFromLanguageTag(globalThis.navigator?.language);
const LocaleContext = createContext<LocaleValue>({
  locale: 'en',
  t: translator('en'),
  setLocale: () => undefined,
});

/**
 * Provides the rep's language (setting, else the browser's) and follows changes live.
 * `initial` is the setting when the page read it before its first render (the side
 * panel), so its first screen is already in the rep's language.
 */
export function LocaleProvider({
  children,
  initial = 'auto',
}: {
  children: ReactNode;
  initial?: 'auto' | Locale;
}) {
  const [choice, setChoice] = useState<'auto' | Locale>(initial);
  useEffect(() => {
    localeSetting.getValue().then(setChoice, () => undefined);
    return localeSetting.watch((v) => setChoice(v ?? 'auto'));
  }, []);
  const locale = choice === 'auto' ? browserLocale() : choice;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<LocaleValue>(
    () => ({
      locale,
      t: translator(locale),
      setLocale: (next) => void localeSetting.setValue(next),
    }),
    [locale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}

/** A compact English/Spanish switch for page headers. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
  return (
    <select
      className="lang-switch"
      aria-label={t('common.language')}
      value={locale}
      onChange={(e) => setLocale(e.target.value as Locale)}
    >
      <option value="en">English</option>
      <option value="es">Español</option>
    </select>
  );
}
