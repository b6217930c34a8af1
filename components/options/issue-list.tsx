import type { ImportIssue } from '../../lib/icp/zod-issues';
import { useLocale } from '../locale';

const FOCUSABLE = 'input, select, textarea';

/**
 * Moves the keyboard to the control that edits `path`, or — when that value has no control
 * of its own (a duplicate id) — to the first control of the nearest enclosing entry.
 */
export function focusPath(path: string): void {
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
    if (!el) continue;
    const target = el.matches(FOCUSABLE) ? el : el.querySelector<HTMLElement>(FOCUSABLE);
    if (!target) continue;
    target.scrollIntoView({ block: 'center' });
    target.focus();
    return;
  }
}

interface Props {
  title: string;
  issues: readonly ImportIssue[];
  testId: string;
  /** When given, each path is a button that takes the rep to the control. */
  onPick?(path: string): void;
}

/** Validation problems, one per line: where (the path into the ICP or file) and what. */
export function IssueList({ title, issues, testId, onPick }: Props) {
  const { t } = useLocale();
  return (
    <div className="opt-issues" role="alert" data-testid={testId}>
      <p className="opt-issues-title">{title}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${i}-${issue.path}`}>
            {onPick ? (
              <button
                type="button"
                className="quiet opt-issue-path"
                onClick={() => onPick(issue.path)}
              >
                <code>{issue.path}</code>
              </button>
            ) : (
              <code className="opt-issue-path">{issue.path}</code>
            )}{' '}
            <span>{t(issue.message.key, issue.message.params)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
