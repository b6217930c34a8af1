import type { Message } from '../i18n';

/**
 * Typed failures of the storage layer. Each names its message for the rep (a catalogue
 * key and values) so any page can show it without knowing the storage details.
 */
export abstract class StorageError extends Error {
  abstract readonly userMessage: Message;
}

/** The rep's message of a storage failure; null for any other error. */
export function userMessageOf(e: unknown): Message | null {
  return e instanceof StorageError ? e.userMessage : null;
}

/** The person is on the suppression list (they were erased); nothing was saved. */
export class SuppressedError extends StorageError {
  override readonly name = 'SuppressedError';
  readonly userMessage: Message = { key: 'error.suppressed' };
  constructor() {
    super('The person is suppressed (erased earlier); refusing to store them.');
  }
}

export interface RecordIssue {
  /** Dotted path of the offending value, prefixed with the record it belongs to. */
  path: string;
  message: string;
}

/** A record failed its schema before being written; nothing was written. */
export class InvalidRecordError extends StorageError {
  override readonly name = 'InvalidRecordError';
  readonly userMessage: Message;
  constructor(readonly issues: RecordIssue[]) {
    const paths = issues.map((i) => i.path || '(root)').join(', ');
    super(`Invalid record, nothing saved: ${paths}`);
    this.userMessage = { key: 'error.invalidRecord', params: { paths } };
  }
  get paths(): string[] {
    return this.issues.map((i) => i.path);
  }
}

/** The browser refused to store more data; the transaction was rolled back. */
export class StorageFullError extends StorageError {
  override readonly name = 'StorageFullError';
  readonly userMessage: Message = { key: 'error.quota' };
  constructor(cause: unknown) {
    super('Storage quota exceeded; nothing was changed.', { cause });
  }
}

/**
 * True when `e` is, or wraps, a quota error. Dexie reports it as its own
 * `QuotaExceededError`, or as an `AbortError` / `BulkError` whose inner error or
 * failures hold the browser's DOMException of that name.
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 5) return false;
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError') return true;
  if (isQuotaError(err.inner, depth + 1) || isQuotaError(err.cause, depth + 1)) return true;
  const failures = err.failures;
  if (Array.isArray(failures)) return failures.some((f) => isQuotaError(f, depth + 1));
  if (failures && typeof failures === 'object') {
    return Object.values(failures).some((f) => isQuotaError(f, depth + 1));
  }
  return false;
}

/** Runs a storage operation, turning a quota failure into `StorageFullError`. */
export async function guardQuota<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError(e);
    throw e;
  }
}
