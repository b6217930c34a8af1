import { useId, useState } from 'react';
import { importRows, type ImportReport } from '../../lib/db/import-rows';
import { parseBackup, type BackupData } from '../../lib/export/backup';
import type { Message } from '../../lib/i18n';
import {
  RememberedMappingSchema,
  mappingIdentifies,
  rememberMapping,
  type ColumnMapping,
} from '../../lib/import/mapping';
import type { CsvTable } from '../../lib/import/parse-csv';
import { planImport, type ImportPlan } from '../../lib/import/plan-import';
import { prepareCsv } from '../../lib/import/prepare-csv';
import { readFileText } from '../../lib/import/read-file';
import { db } from '../db';
import { useLocale } from '../locale';
import { importMappingSetting } from '../settings';
import { DataDialog } from './DataDialog';
import { ImportMapping } from './ImportMapping';
import { readPicked } from './read-picked';
import { RejectedList } from './RejectedList';
import { RestoreStep } from './RestoreStep';

type Step =
  | { kind: 'pick'; issue?: Message }
  | { kind: 'map'; table: CsvTable; mapping: ColumnMapping }
  | { kind: 'preview'; table: CsvTable; mapping: ColumnMapping; plan: ImportPlan }
  | { kind: 'running' }
  | { kind: 'report'; plan: ImportPlan; report: ImportReport }
  | { kind: 'restore'; backup: BackupData };

async function remembered() {
  const parsed = RememberedMappingSchema.safeParse(await importMappingSetting.getValue());
  return parsed.success ? parsed.data : {};
}

/**
 * Import: a CSV through the column-mapping step and a preview of rejected rows, then
 * one all-or-nothing transaction and a report; a JSON file is a Criba backup and goes
 * to the restore step.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useLocale();
  const fileId = useId();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [failure, setFailure] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setFailure(null);
    const { bytes, size } = await readPicked(file);
    if (/\.json$/i.test(file.name)) {
      const text = readFileText(bytes, size);
      if (!text.ok) return setStep({ kind: 'pick', issue: text.issue });
      const parsed = parseBackup(text.text);
      if (!parsed.ok) return setStep({ kind: 'pick', issue: parsed.issues[0]!.message });
      return setStep({ kind: 'restore', backup: parsed.data });
    }
    const prepared = prepareCsv(bytes, await remembered(), size);
    if (!prepared.ok) return setStep({ kind: 'pick', issue: prepared.issue });
    setStep({ kind: 'map', table: prepared.table, mapping: prepared.mapping });
  };

  const commit = async (table: CsvTable, mapping: ColumnMapping, plan: ImportPlan) => {
    setStep({ kind: 'running' });
    try {
      const report = await importRows(db, plan.valid, new Date());
      await importMappingSetting.setValue(
        rememberMapping(table.headers, mapping, await remembered()),
      );
      setStep({ kind: 'report', plan, report });
    } catch (e) {
      setFailure(t('data.import.failed', { detail: e instanceof Error ? e.message : String(e) }));
      setStep({ kind: 'preview', table, mapping, plan });
    }
  };

  return (
    <DataDialog title={t('data.import.title')} onClose={onClose} busy={step.kind === 'running'}>
      {step.kind === 'pick' && (
        <div className="data-step">
          <label htmlFor={fileId}>{t('data.import.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv,.json,application/json"
            onChange={(e) => void pick(e.target.files?.[0])}
          />
          <p className="hint">{t('data.import.hint')}</p>
          {step.issue && (
            <p className="error" role="alert">
              {t(step.issue.key, step.issue.params)}
            </p>
          )}
        </div>
      )}
      {step.kind === 'map' && (
        <div className="data-step">
          <h3>{t('data.import.mapping')}</h3>
          <p className="hint">{t('data.import.mappingHint')}</p>
          <ImportMapping
            table={step.table}
            mapping={step.mapping}
            onChange={(mapping) => setStep({ ...step, mapping })}
          />
          {!mappingIdentifies(step.mapping) && (
            <p className="error" role="alert">
              {t('data.import.unmapped')}
            </p>
          )}
          <div className="data-actions">
            <button
              type="button"
              className="primary"
              disabled={!mappingIdentifies(step.mapping)}
              onClick={() =>
                setStep({
                  ...step,
                  kind: 'preview',
                  plan: planImport(step.table, step.mapping, new Date()),
                })
              }
            >
              {t('data.import.check')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'preview' && (
        <div className="data-step">
          <p role="status">
            {t('data.import.summary', {
              valid: step.plan.valid.length,
              rejected: step.plan.rejected.length,
            })}
          </p>
          <RejectedList rows={step.plan.rejected} />
          {failure && (
            <p className="error" role="alert">
              {failure}
            </p>
          )}
          <div className="data-actions">
            <button type="button" onClick={() => setStep({ ...step, kind: 'map' })}>
              {t('data.back')}
            </button>
            {step.plan.valid.length > 0 && (
              <button
                type="button"
                className="primary"
                onClick={() => void commit(step.table, step.mapping, step.plan)}
              >
                {t('data.import.confirm', { count: step.plan.valid.length })}
              </button>
            )}
          </div>
        </div>
      )}
      {step.kind === 'running' && (
        <p role="status" className="hint">
          {t('data.import.running')}
        </p>
      )}
      {step.kind === 'report' && (
        <div className="data-step">
          <p role="status" className="ok">
            {t('data.import.report', {
              created: step.report.created,
              merged: step.report.merged,
              rejected: step.plan.rejected.length + step.report.rejected.length,
            })}
          </p>
          <RejectedList rows={[...step.plan.rejected, ...step.report.rejected]} />
        </div>
      )}
      {step.kind === 'restore' && <RestoreStep backup={step.backup} />}
    </DataDialog>
  );
}
