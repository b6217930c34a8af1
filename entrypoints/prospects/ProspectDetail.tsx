import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { db } from '../../components/db';
import { useLocale } from '../../components/locale';
import { ScoreCard } from '../../components/qualify/ScoreCard';
import { setOutcome, setStatus } from '../../lib/db/pipeline';
import { readProspectDetail, type ProspectDetail as Detail } from '../../lib/db/prospect-detail';
import { deleteProspects, erasePerson } from '../../lib/db/repository';
import { formatDate } from '../../lib/i18n';
import { lostReasonKey, statusKey } from '../../lib/i18n/vocab-keys';
import { PROSPECT_STATUSES, isClosed, type ProspectStatus } from '../../lib/model/vocab';
import type { Answer } from '../../lib/model/records';
import { inertText } from '../../lib/text/inert-text';
import { DetailFacts, SourcePages } from './DetailFacts';
import { OutcomeForm } from './OutcomeForm';
import { money } from './row-text';

/** One prospect in full, in a modal dialog: facts, score, history, answers, pipeline. */
export function ProspectDetail({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const detail = useLiveQuery(() => readProspectDetail(db, id), [id]);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="detail" onClose={onClose} aria-labelledby="detail-title">
      <header>
        <div>
          <h2 id="detail-title">
            <bdi>{inertText(detail?.contact?.name || detail?.account?.name || '—')}</bdi>
          </h2>
          {detail?.contact && detail.account && (
            <span className="hint">
              <bdi>{inertText(detail.account.name)}</bdi>
            </span>
          )}
        </div>
        <button type="button" className="icon" aria-label={t('common.close')} onClick={onClose}>
          ✕
        </button>
      </header>
      {detail === null && <p>{t('list.detail.missing')}</p>}
      {detail && <Body detail={detail} onGone={onClose} />}
    </dialog>
  );
}

function Body({ detail, onGone }: { detail: Detail; onGone(): void }) {
  const { t, locale } = useLocale();
  const { prospect: p, account, contact, history } = detail;
  const [editing, setEditing] = useState(false);
  const move = (s: ProspectStatus) => void setStatus(db, [p.id], s, new Date());
  const o = p.outcome;
  const answerText = (v: Answer['value']) =>
    v === 'yes'
      ? t('common.yes')
      : v === 'no'
        ? t('common.no')
        : v === 'unknown'
          ? t('common.unknown')
          : String(v);

  return (
    <div className="detail-body">
      <section>
        <h3>{t('list.detail.pipeline')}</h3>
        <label>
          {t('prospects.col.status')}{' '}
          <select
            aria-label={t('prospects.col.status')}
            value={p.status}
            onChange={(e) => move(e.target.value as ProspectStatus)}
          >
            {PROSPECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
        </label>
        {o && isClosed(p.status) && !editing && (
          <p>
            {formatDate(locale, `${o.at}T12:00:00Z`)}
            {o.value !== null && ` · ${money(locale, o.value, o.currency)}`}
            {o.lostReason && ` · ${t(lostReasonKey(o.lostReason))}`}
            {o.discountNeeded &&
              ` · ${t('list.outcome.discount', { percent: o.discountPercent ?? '?' })}`}
            {o.lostNote && (
              <>
                <br />
                <bdi>{inertText(o.lostNote)}</bdi>
              </>
            )}
          </p>
        )}
        {editing ? (
          <OutcomeForm
            initial={o && isClosed(p.status) ? { result: p.status, outcome: o } : null}
            onCancel={() => setEditing(false)}
            onSave={async (input) => {
              await setOutcome(db, [p.id], input, new Date());
              setEditing(false);
            }}
          />
        ) : (
          <button type="button" onClick={() => setEditing(true)}>
            {t('list.bulk.outcome')}
          </button>
        )}
      </section>
      {contact && (
        <section>
          <h3>{t('list.detail.facts.person')}</h3>
          <DetailFacts entity="person" fields={contact.fields} />
        </section>
      )}
      {account && (
        <section>
          <h3>{t('list.detail.facts.company')}</h3>
          <DetailFacts entity="company" fields={account.fields} />
        </section>
      )}
      <section>
        <h3>{t('list.detail.score')}</h3>
        {p.score ? (
          <ScoreCard score={p.score} />
        ) : (
          <p className="hint">{t('list.detail.notScored')}</p>
        )}
      </section>
      <section>
        <h3>{t('list.detail.history')}</h3>
        <ul className="detail-history">
          {history.map((h) => (
            <li key={h.id ?? h.at}>
              {t('list.detail.historyLine', {
                date: formatDate(locale, h.at),
                grade: h.score.grade ?? '—',
                fit: h.score.fit ?? '—',
              })}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{t('list.detail.answers')}</h3>
        {Object.keys(p.answers).length === 0 ? (
          <p className="hint">{t('list.detail.none')}</p>
        ) : (
          <dl className="detail-facts">
            {Object.entries(p.answers).map(([q, a]) => (
              <div key={q}>
                <dt>{p.score?.answers[q]?.label ?? q}</dt>
                <dd>
                  <bdi>{inertText(answerText(a.value))}</bdi>{' '}
                  <small className="hint">{formatDate(locale, a.answeredAt)}</small>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {p.angle && (
        <section>
          <h3>{t('list.detail.angle')}</h3>
          <p className="angle">
            <bdi>{inertText(p.angle)}</bdi>
          </p>
        </section>
      )}
      <section>
        <h3>{t('list.detail.sources')}</h3>
        <SourcePages maps={[contact?.fields ?? {}, account?.fields ?? {}]} />
      </section>
      <footer className="detail-actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (confirm(t('prospects.delete.confirm')))
              void deleteProspects(db, [p.id]).then(onGone);
          }}
        >
          {t('common.delete')}
        </button>
        {p.contactKey && (
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (confirm(t('prospects.erase.confirm')))
                void erasePerson(db, p.contactKey!, new Date()).then(onGone);
            }}
          >
            {t('prospects.erase')}
          </button>
        )}
      </footer>
    </div>
  );
}
