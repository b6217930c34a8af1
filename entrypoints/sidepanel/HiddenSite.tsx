import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useLocale } from '../../components/locale';
import { originPattern, typedSiteOrigin } from '../../lib/messaging/tab-reading';

/**
 * A tab whose address Criba cannot see (no permission, and activeTab ended or never
 * given): without the `tabs` permission nothing tells the panel which site it is, so the
 * rep says it — prefilled with the background's guess — and one click asks the browser for
 * exactly that origin, then reads at once when granted.
 */
export function HiddenSite({ guess, reread }: { guess: string | null; reread(): void }) {
  const { t } = useLocale();
  const [site, setSite] = useState(() => (guess ? new URL(guess).host : ''));
  const [problem, setProblem] = useState<'invalid' | 'denied' | null>(null);
  return (
    <form
      className="hidden-site"
      onSubmit={(e) => {
        e.preventDefault();
        const origin = typedSiteOrigin(site);
        if (!origin) return setProblem('invalid');
        // Must run in the submit's user gesture: no await before request().
        void browser.permissions
          .request({ origins: [originPattern(origin)] })
          .catch(() => false)
          .then((granted) => {
            setProblem(granted ? null : 'denied');
            if (granted) reread();
          });
      }}
    >
      <label className="manual-box">
        <span>{t('panel.state.hidden.site')}</span>
        <input
          value={site}
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          maxLength={300}
          placeholder={t('panel.state.hidden.placeholder')}
          onChange={(e) => {
            setSite(e.target.value);
            setProblem(null);
          }}
        />
      </label>
      <button type="submit" className="primary">
        {t('panel.state.hidden.allow')}
      </button>
      {problem && (
        <p className="error" role="alert">
          {t(
            problem === 'invalid' ? 'panel.state.hidden.invalid' : 'panel.state.permission.denied',
          )}
        </p>
      )}
    </form>
  );
}
