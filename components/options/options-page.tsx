import { useEffect, useMemo } from 'react';
import { useLocale } from '../locale';
import { CalibrationCard } from './calibration-card';
import { CriteriaCard } from './criteria-card';
import { IssuePathsContext } from './fields';
import { GeneralCard } from './general-card';
import { InterviewCard } from './interview-card';
import { ProblemsCard } from './problems-card';
import { RulesCard } from './rules-card';
import { SaveBar } from './save-bar';
import { useOptionsDraft } from './use-options-draft';
import { VersionsCard } from './versions-card';

const SECTIONS = [
  ['criteria-heading', 'options.nav.criteria'],
  ['problems-heading', 'options.nav.problems'],
  ['rules-heading', 'options.nav.rules'],
  ['interview-heading', 'options.nav.interview'],
  ['versions-heading', 'options.nav.versions'],
  ['calibration', 'options.nav.calibration'],
] as const;

/** The settings page: the team's ICP, its interview, language, and sharing. */
export function OptionsPage() {
  const { t } = useLocale();
  const draft = useOptionsDraft();
  const { icp, custom, stored, active, dirty } = draft;
  const issuePaths = useMemo(() => new Set(draft.issues.map((i) => i.path)), [draft.issues]);

  useEffect(() => {
    document.title = t('options.pageTitle');
  }, [t]);

  // Closing the tab with edits still unsaved asks first; nothing is stored until Save.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (!icp || !custom || !stored) {
    return (
      <div className="page options">
        <p className="hint" role="status">
          {t('options.loading')}
        </p>
      </div>
    );
  }

  return (
    <IssuePathsContext.Provider value={issuePaths}>
      <div className="page options">
        <header className="page-header">
          <h1>{t('options.title')}</h1>
          {active && (
            <span className="opt-version-badge" data-testid="version-badge">
              {active.version === 0
                ? t('options.versions.badgeNone')
                : t('options.versions.badge', { version: active.version })}
            </span>
          )}
          <nav className="options-nav" aria-label={t('options.nav.label')}>
            {SECTIONS.map(([id, key]) => (
              <a key={id} href={`#${id}`}>
                {t(key)}
              </a>
            ))}
          </nav>
        </header>
        <main className="options-main">
          <GeneralCard icp={icp} onChange={draft.setIcp} />
          <CriteriaCard icp={icp} onChange={draft.setIcp} />
          <ProblemsCard icp={icp} onChange={draft.setIcp} />
          <RulesCard icp={icp} onChange={draft.setIcp} />
          <InterviewCard
            icp={icp}
            custom={custom}
            storedInvalid={stored.invalid}
            onChange={draft.setIcp}
            onCustomChange={draft.setCustom}
          />
          <VersionsCard draft={draft} />
          <CalibrationCard draft={draft} />
        </main>
        <SaveBar draft={draft} />
      </div>
    </IssuePathsContext.Provider>
  );
}
