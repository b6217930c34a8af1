import type { CaptureInput } from '../model/capture';
import type { Surface } from '../model/vocab';
import type { SiteId } from './registry';

/** What a detector recognises from the URL alone. */
export type PageKind =
  | 'linkedin-profile'
  | 'linkedin-company'
  | 'linkedin-other'
  | 'gmail-thread'
  | 'gmail-list'
  | 'website';

/**
 * One adapter per surface family. `detect` looks only at the URL; `extract` reads a
 * document (never changes it) and always returns a Capture — it must not throw.
 */
export interface SiteAdapter {
  id: SiteId;
  detect(url: URL): PageKind | null;
  extract(doc: Document, url: URL, now?: Date): CaptureInput;
}

export type { Surface };
