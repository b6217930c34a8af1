import { useState } from 'react';
import { useLocale } from '../../components/locale';
import type { Capture } from '../../lib/model/capture';
import { manualCapture, type ManualEntry as Entry } from '../../lib/prospect/manual-capture';

const BOXES = [
  { id: 'name', label: 'manual.name', max: 200 },
  { id: 'company', label: 'manual.company', max: 200 },
  { id: 'contact', label: 'manual.contact', max: 500 },
  { id: 'linkedinUrl', label: 'manual.linkedin', max: 500 },
] as const;

/**
 * A prospect no page gave: four boxes, then the same editor a page's reading opens (the
 * draft is scored, edited and saved the same way).
 */
export function ManualEntry({
  pageUrl,
  onCapture,
  onBack,
}: {
  pageUrl: string;
  onCapture(capture: Capture): void;
  onBack(): void;
}) {
  const { t } = useLocale();
  const [entry, setEntry] = useState<Entry>({
    name: '',
    company: '',
    contact: '',
    linkedinUrl: '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="card manual"
      aria-labelledby="manual-title"
      data-state="manual"
      onSubmit={(e) => {
        e.preventDefault();
        const made = manualCapture(entry, pageUrl, new Date());
        if (made.ok) onCapture(made.capture);
        else setProblem(t(`manual.problem.${made.problem}`));
      }}
    >
      <h2 id="manual-title">{t('manual.title')}</h2>
      <p className="hint">{t('manual.body')}</p>
      {BOXES.map((box, i) => (
        <label key={box.id} className="manual-box">
          <span>{t(box.label)}</span>
          <input
            value={entry[box.id]}
            autoFocus={i === 0}
            autoComplete="off"
            maxLength={box.max}
            onChange={(e) => {
              setEntry({ ...entry, [box.id]: e.target.value });
              setProblem(null);
            }}
          />
        </label>
      ))}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('manual.submit')}
        </button>
        <button type="button" className="quiet" onClick={onBack}>
          {t('manual.back')}
        </button>
      </div>
    </form>
  );
}
