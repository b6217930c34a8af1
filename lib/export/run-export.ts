import type { CribaDB } from '../db/database';
import { prospectCount, prospectRowPage, prospectRowsByIds, type RowPage } from '../db/row-pages';
import type { ProspectRow } from '../db/prospect-rows';
import type { Icp } from '../icp/icp-schema';
import type { Locale } from '../model/vocab';
import { storedAngleText } from '../recommend/stored-angle';
import { csvHead, csvLines, resolvePreset, type CsvOptions } from './csv';
import { CSV_PRESET_IDS, type CsvPresetId, type ExportRow } from './presets';

/**
 * Exports of any size without freezing the page: prospects are read a page at a time
 * (one short read transaction each), each page is serialised to text, and the runner
 * yields to the event loop before the next — so progress can be drawn and Cancel
 * clicked. The text parts go into one Blob at the end; the browser keeps them off the
 * JS heap's hot path and never builds the whole file as one string.
 */

export const EXPORT_FORMATS = [...CSV_PRESET_IDS, 'json'] as const;
export type ExportFormat = CsvPresetId | 'json';

/**
 * Which prospects: the ids the list shows or has selected (in its order), or every
 * stored prospect a predicate keeps (qualified only, or a filter the list describes).
 */
export type ExportScope =
  { kind: 'ids'; ids: readonly string[] } | { kind: 'where'; keep: (row: ExportRow) => boolean };

export const qualifiedOnly: ExportScope = {
  kind: 'where',
  keep: (row) => row.verdict === 'qualified',
};

export interface ExportRequest {
  scope: ExportScope;
  format: ExportFormat;
  locale: Locale;
  /**
   * The ICP whose words render each stored recommendation in `locale`; without it a
   * prospect's angle is the text stored when it was saved (in the language of that day).
   */
  icp?: Icp;
  csv?: CsvOptions;
  /** Prospects read per step; 2,000 keeps each step well under a frame budget's worth of work. */
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** How the runner gives the event loop a turn; tests pass an immediate one. */
  yieldToLoop?: () => Promise<void>;
}

export interface ExportResult {
  blob: Blob;
  /** Lines (or JSON objects) written, after the scope's filter. */
  count: number;
  /** Stored records left out because they no longer parse. */
  skipped: number;
  mime: string;
  extension: 'csv' | 'json';
}

const DEFAULT_CHUNK = 2000;
/**
 * A turn of the event loop (input, progress drawn): `scheduler.yield()` where the browser
 * has it — a timer nested this deep waits at least 4 ms, 200 ms over 50 pages.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** How many prospects the scope reads: what progress is reported against. */
const totalOf = (db: CribaDB, scope: ExportScope): Promise<number> =>
  scope.kind === 'ids' ? Promise.resolve(scope.ids.length) : prospectCount(db);

/** The pages of the scope, one at a time. */
async function* pagesOf(db: CribaDB, scope: ExportScope, chunk: number): AsyncGenerator<RowPage> {
  if (scope.kind === 'ids') {
    for (let i = 0; i < scope.ids.length; i += chunk) {
      yield await prospectRowsByIds(db, scope.ids.slice(i, i + chunk));
    }
    return;
  }
  let after: string | null = null;
  for (;;) {
    const page = await prospectRowPage(db, after, chunk);
    if (page.read === 0) return;
    yield { ...page, rows: page.rows.filter(scope.keep) };
    if (page.lastId === null) return;
    after = page.lastId;
  }
}

/**
 * A row as the file shows it: its angle rendered in the file's language from the stored
 * structure, and the structure itself left out (the file carries what a person reads).
 */
function inFileLanguage({ locale, icp }: ExportRequest): (row: ProspectRow) => ExportRow {
  return ({ advice, ...row }) => ({
    ...row,
    angle: icp ? storedAngleText({ advice, angle: row.angle }, locale, icp) : row.angle,
  });
}

/** Serialises one page in the format chosen; `first` says nothing was written before. */
function serialiser(request: ExportRequest): {
  head: string;
  page: (rows: ExportRow[], first: boolean) => string;
  tail: string;
  mime: string;
  extension: 'csv' | 'json';
} {
  if (request.format === 'json') {
    return {
      head: '[',
      page: (rows, first) =>
        rows.map((r, i) => (first && i === 0 ? '' : ',') + '\n' + JSON.stringify(r)).join(''),
      tail: '\n]\n',
      mime: 'application/json',
      extension: 'json',
    };
  }
  const preset = resolvePreset(request.format);
  const seen = new Set<string>();
  const distinct = preset.distinct;
  return {
    head: csvHead(preset, request.locale),
    page: (rows) => {
      const kept = distinct
        ? rows.filter((r) => {
            const k = distinct(r);
            if (k === null) return true;
            if (seen.has(k)) return false;
            seen.add(k);
            return true;
          })
        : rows;
      return csvLines(kept, preset, request.locale, request.csv);
    },
    tail: '',
    mime: 'text/csv;charset=utf-8',
    extension: 'csv',
  };
}

/**
 * Runs an export. Rejects with the signal's reason (an `AbortError` DOMException) when
 * cancelled; nothing is kept of a cancelled export.
 */
export async function runExport(db: CribaDB, request: ExportRequest): Promise<ExportResult> {
  const chunk = request.chunkSize ?? DEFAULT_CHUNK;
  const pause = request.yieldToLoop ?? nextTask;
  const out = serialiser(request);
  const parts: string[] = [out.head];
  let done = 0;
  let count = 0;
  let skipped = 0;
  request.signal?.throwIfAborted();
  const total = await totalOf(db, request.scope);
  // The size of the job is shown before the first page is read (a slow machine may take
  // seconds over it), and Cancel works from the start.
  request.onProgress?.(0, total);
  await pause();
  request.signal?.throwIfAborted();
  for await (const page of pagesOf(db, request.scope, chunk)) {
    const text = out.page(page.rows.map(inFileLanguage(request)), count === 0);
    if (text) parts.push(text);
    count += page.rows.length;
    skipped += page.skipped;
    done += page.read;
    request.onProgress?.(done, total);
    await pause();
    request.signal?.throwIfAborted();
  }
  parts.push(out.tail);
  return {
    blob: new Blob(parts, { type: out.mime }),
    count,
    skipped,
    mime: out.mime,
    extension: out.extension,
  };
}
