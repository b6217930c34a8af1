/**
 * The two messages a reader in a tab understands. Kept free of zod so content scripts
 * stay small; what a reader answers is validated on the extension side (finalizeCapture).
 */
export const READ_REQUEST = { criba: 1, name: 'reader:read' } as const;

export function isReadRequest(message: unknown): boolean {
  return (
    !!message &&
    typeof message === 'object' &&
    (message as { criba?: unknown }).criba === 1 &&
    (message as { name?: unknown }).name === 'reader:read'
  );
}

/**
 * A reader obeys only its own extension's background (`tabs.sendMessage`): same id, and
 * not from a tab — never another content script or a page's renderer.
 */
export function fromOwnExtension(sender: unknown, extensionId: string | undefined): boolean {
  if (!extensionId || !sender || typeof sender !== 'object') return false;
  const s = sender as { id?: unknown; tab?: unknown };
  return s.id === extensionId && s.tab === undefined;
}

/** Reader → extension pages: the tab's URL changed in-app; the panel re-reads. */
export function pageChanged(url: string) {
  return { criba: 1 as const, name: 'page-changed' as const, payload: { url } };
}
