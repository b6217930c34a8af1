import { useCallback, useState } from 'react';
import { defaultIcp } from '../../lib/icp/default-icp';
import { parseIcpJson } from '../../lib/icp/icp-json';
import { IcpSchema, type Icp } from '../../lib/icp/icp-schema';
import { translateIssues, type ImportIssue } from '../../lib/icp/zod-issues';
import { userMessageOf } from '../../lib/db/errors';
import type { Message, MessageKey, Params } from '../../lib/i18n';
import type { Framework } from '../../lib/qualify/framework-schema';
import { customFramework } from '../../lib/qualify/frameworks';
import { db } from '../db';
import {
  CUSTOM_FRAMEWORK_ID,
  saveCustomFramework,
  useCustomFramework,
  type StoredCustomFramework,
} from '../framework-store';
import { saveActiveIcp, useActiveIcp, type ActiveIcp } from '../icp-store';
import { useLocale } from '../locale';
import { sameJson, starterCustomFramework } from './draft-ops';

/** Issue paths of the custom questions start here, apart from the ICP's own paths. */
export const CUSTOM_PATH = 'customFramework';

export interface StatusMessage {
  tone: 'ok' | 'info' | 'error';
  key: MessageKey;
  params?: Params;
  /** What failed: a storage failure's message, or the error's own text. */
  detail?: Message | string;
}

export interface OptionsDraft {
  active: ActiveIcp | undefined;
  stored: StoredCustomFramework | undefined;
  icp: Icp | undefined;
  custom: Framework | undefined;
  dirty: boolean;
  saving: boolean;
  issues: ImportIssue[];
  importIssues: ImportIssue[];
  status: StatusMessage | null;
  setIcp(update: (icp: Icp) => Icp): void;
  setCustom(update: (fw: Framework) => Framework): void;
  save(): Promise<void>;
  resetToDefaults(): void;
  importText(text: string, fileName: string): void;
  showStatus(status: StatusMessage | null): void;
  /** Drops the working copy: the page shows the stored ICP again (after a calibration). */
  followStored(): void;
}

function failure(e: unknown): StatusMessage {
  const detail = userMessageOf(e) ?? (e instanceof Error ? e.message : String(e));
  return { tone: 'error', key: 'options.save.failed', detail };
}

/**
 * The options page's working copy of the ICP and of the team's own questions. Until the
 * rep edits, imports or resets, the copy is the stored one (`null` drafts), so another
 * page saving a version shows up here; after that the rep's changes win until saved.
 */
export function useOptionsDraft(): OptionsDraft {
  const { locale } = useLocale();
  const active = useActiveIcp();
  const stored = useCustomFramework();
  const [icpDraft, setIcpDraft] = useState<Icp | null>(null);
  const [customDraft, setCustomDraft] = useState<Framework | null>(null);
  const [issues, setIssues] = useState<ImportIssue[]>([]);
  const [importIssues, setImportIssues] = useState<ImportIssue[]>([]);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [saving, setSaving] = useState(false);

  const icp = icpDraft ?? active?.icp;
  const custom =
    customDraft ??
    (stored ? (stored.framework ?? starterCustomFramework(CUSTOM_FRAMEWORK_ID)) : undefined);
  const icpDirty = icpDraft !== null && active !== undefined && !sameJson(icpDraft, active.icp);
  const customDirty =
    customDraft !== null && stored !== undefined && !sameJson(customDraft, stored.framework);

  const setIcp = useCallback(
    (update: (icp: Icp) => Icp) =>
      setIcpDraft((prev) => {
        const base = prev ?? active?.icp;
        return base ? update(base) : null;
      }),
    [active],
  );
  const setCustom = useCallback(
    (update: (fw: Framework) => Framework) =>
      setCustomDraft((prev) => {
        const base =
          prev ??
          (stored ? (stored.framework ?? starterCustomFramework(CUSTOM_FRAMEWORK_ID)) : null);
        return base ? update(base) : null;
      }),
    [stored],
  );

  const save = async () => {
    if (!icp || !custom || !active || !stored) return;
    const found: ImportIssue[] = [];
    const parsed = IcpSchema.safeParse(icp, { reportInput: true });
    if (!parsed.success) found.push(...translateIssues(parsed.error.issues));
    // The team's questions are checked when they are in use or were edited.
    let ownQuestions: Framework | null = null;
    if (icp.frameworkId === custom.id || customDirty) {
      const result = customFramework(custom);
      if (result.ok) ownQuestions = result.framework;
      else found.push(...result.issues.map((i) => ({ ...i, path: `${CUSTOM_PATH}.${i.path}` })));
    }
    setIssues(found);
    if (!parsed.success || found.length > 0) {
      setStatus({ tone: 'error', key: 'options.save.invalid', params: { count: found.length } });
      return;
    }
    const customChanged = ownQuestions !== null && !sameJson(ownQuestions, stored.framework);
    if (active.version > 0 && sameJson(parsed.data, active.icp) && !customChanged) {
      setStatus({ tone: 'info', key: 'options.save.nothing', params: { version: active.version } });
      return;
    }
    setSaving(true);
    try {
      if (ownQuestions && customChanged) await saveCustomFramework(ownQuestions);
      const result = await saveActiveIcp(db, parsed.data, new Date());
      if (!result.ok) {
        setIssues(result.issues);
        setStatus({
          tone: 'error',
          key: 'options.save.invalid',
          params: { count: result.issues.length },
        });
        return;
      }
      setIcpDraft(result.icp);
      if (ownQuestions) setCustomDraft(ownQuestions);
      setStatus({ tone: 'ok', key: 'options.save.done', params: { version: result.version } });
    } catch (e) {
      setStatus(failure(e));
    } finally {
      setSaving(false);
    }
  };

  const resetToDefaults = () => {
    setIcpDraft(defaultIcp(locale));
    setIssues([]);
    setImportIssues([]);
    setStatus({ tone: 'info', key: 'options.reset.done' });
  };

  const importText = (text: string, fileName: string) => {
    const result = parseIcpJson(text);
    if (!result.ok) {
      setImportIssues(result.issues);
      setStatus({ tone: 'error', key: 'options.import.failed', params: { file: fileName } });
      return;
    }
    setImportIssues([]);
    setIssues([]);
    setIcpDraft(result.icp);
    setStatus({ tone: 'info', key: 'options.import.loaded', params: { file: fileName } });
  };

  return {
    active,
    stored,
    icp,
    custom,
    dirty: icpDirty || customDirty,
    saving,
    issues,
    importIssues,
    status,
    setIcp,
    setCustom,
    save,
    resetToDefaults,
    importText,
    showStatus: setStatus,
    followStored: () => {
      setIcpDraft(null);
      setIssues([]);
    },
  };
}
