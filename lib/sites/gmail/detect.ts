import { siteOfHost } from '../registry';
import type { PageKind } from '../types';

/**
 * Gmail routes by the hash. Accepted, for example:
 *   https://mail.google.com/mail/u/0/#inbox                          → gmail-list
 *   https://mail.google.com/mail/u/1/#label/Clientes                 → gmail-list
 *   https://mail.google.com/mail/u/0/#inbox/p2                       → gmail-list (page 2)
 *   https://mail.google.com/mail/u/0/                                → gmail-list
 *   https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx  → gmail-thread
 *   https://mail.google.com/mail/u/0/#all/18c2f3a4b5d6e7f8           → gmail-thread
 *   https://mail.google.com/mail/u/0/#sent/FMfcgzQZTkBvXbWh…         → gmail-thread
 *   https://mail.google.com/mail/u/2/#label/Clientes%2FNorte/FMfcg…  → gmail-thread
 *   https://mail.google.com/mail/u/0/#search/propuesta/FMfcgz…       → gmail-thread
 *   https://mail.google.com/mail/u/0/#category/updates/FMfcgz…       → gmail-thread
 * Not Gmail: any other host, `mail.google.com/chat/…`, non-https pages.
 * In reading-pane mode a list URL can show a thread; extract() decides that from the page.
 */

/** Views whose first segment after the view name is itself a name (label, query, tab). */
const NAMED_VIEWS = new Set(['label', 'search', 'category', 'advanced-search', 'create-filter']);

/** A thread token: the newer `FMfcg…` ids and the legacy 16-hex-digit ids. */
const THREAD_TOKEN = /^(?:[A-Za-z0-9]{20,}|[0-9a-f]{16})$/;

export function detectGmail(url: URL): PageKind | null {
  if (url.protocol !== 'https:' || siteOfHost(url.hostname) !== 'gmail') return null;
  if (!/^\/mail(?:\/|$)/.test(url.pathname)) return null;
  return threadTokenFromHash(url.hash) ? 'gmail-thread' : 'gmail-list';
}

/** The thread token a Gmail hash points at, or null for list views. */
export function threadTokenFromHash(hash: string): string | null {
  const parts = hash.replace(/^#/, '').split('?')[0]?.split('/') ?? [];
  const view = parts[0] ?? '';
  const index = NAMED_VIEWS.has(view) ? 2 : 1;
  const token = parts[index];
  return token && parts.length === index + 1 && THREAD_TOKEN.test(token) ? token : null;
}
