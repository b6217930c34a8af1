import { useLocale } from '../locale';

/** The rep's own notes on the prospect, saved with it. */
export function NotesField({ notes, onNotes }: { notes: string; onNotes(notes: string): void }) {
  const { t } = useLocale();
  return (
    <section className="card notes">
      <label htmlFor="notes">
        <h2>{t('notes.label')}</h2>
      </label>
      <textarea
        id="notes"
        rows={3}
        maxLength={10000}
        placeholder={t('notes.placeholder')}
        value={notes}
        onChange={(e) => onNotes(e.target.value)}
      />
    </section>
  );
}
