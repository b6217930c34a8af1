import type { Message } from '../../lib/i18n';
import { useLocale } from '../locale';
import { focusPath, IssueList } from './issue-list';
import type { OptionsDraft } from './use-options-draft';

/** Always in reach: what happened last, the problems to fix, and the Save button. */
export function SaveBar({ draft }: { draft: OptionsDraft }) {
  const { t } = useLocale();
  const detailText = (d: Message | string | undefined) =>
    d === undefined ? '' : typeof d === 'string' ? d : t(d.key, d.params);
  const { status, issues, dirty, saving } = draft;
  return (
    <div className="save-bar options-save-bar">
      {issues.length > 0 && (
        <IssueList
          title={t('options.save.issuesTitle')}
          issues={issues}
          testId="save-issues"
          onPick={focusPath}
        />
      )}
      <div className="opt-save-row">
        <p
          role="status"
          data-testid="options-status"
          className={status ? `opt-status opt-status--${status.tone}` : 'opt-status'}
        >
          {status ? t(status.key, { ...status.params, detail: detailText(status.detail) }) : ''}
        </p>
        {dirty && <span className="opt-unsaved">{t('options.unsaved')}</span>}
        <button
          type="button"
          className="primary"
          disabled={saving}
          onClick={() => void draft.save()}
        >
          {saving ? t('common.saving') : t('options.save')}
        </button>
      </div>
    </div>
  );
}
