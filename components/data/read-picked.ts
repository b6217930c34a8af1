import { MAX_FILE_BYTES } from '../../lib/import/read-file';

/**
 * The bytes of a file the rep picked. A file over the limit is not read at all: its
 * size is enough for lib/import to refuse it, and reading it could stall the page.
 */
export async function readPicked(file: File): Promise<{ bytes: Uint8Array; size: number }> {
  if (file.size > MAX_FILE_BYTES) return { bytes: new Uint8Array(), size: file.size };
  return { bytes: new Uint8Array(await file.arrayBuffer()), size: file.size };
}
