/** Saves a Blob as a file the browser downloads (no permission needed from an extension page). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The download has started by then; revoking at once can cancel it in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `criba-<what>-<yyyy-mm-dd>.<ext>` in the machine's own date. */
export function datedName(what: string, extension: string, now = new Date()): string {
  const day = new Intl.DateTimeFormat('en-CA').format(now);
  return `criba-${what}-${day}.${extension}`;
}
