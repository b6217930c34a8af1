/**
 * Typed failures of the storage layer. Each carries a user-facing message in both
 * languages so any page can show it without knowing the storage details.
 */

export interface UserMessage {
  en: string;
  es: string;
}

/** The person is on the suppression list (they were erased); nothing was saved. */
export class SuppressedError extends Error {
  override readonly name = 'SuppressedError';
  readonly userMessage: UserMessage = {
    en: 'This person asked to be erased. Criba will not store them again.',
    es: 'Esta persona pidió ser borrada. Criba no volverá a guardarla.',
  };
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
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  readonly userMessage: UserMessage;
  constructor(readonly issues: RecordIssue[]) {
    const list = issues.map((i) => i.path || '(root)').join(', ');
    super(`Invalid record, nothing saved: ${list}`);
    this.userMessage = {
      en: `Some values could not be saved (${list}). Nothing was changed.`,
      es: `Algunos valores no se pudieron guardar (${list}). No se ha cambiado nada.`,
    };
  }
  get paths(): string[] {
    return this.issues.map((i) => i.path);
  }
}

/** The browser refused to store more data; the transaction was rolled back. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  readonly userMessage: UserMessage = {
    en: 'The browser has no room left to store data. Nothing was changed. Free some space or export and delete old prospects.',
    es: 'El navegador no tiene espacio para guardar datos. No se ha cambiado nada. Libera espacio o exporta y elimina prospectos antiguos.',
  };
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
