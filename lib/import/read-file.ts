import type { Message } from '../i18n';

/**
 * The first gate of every import and restore: the bytes of a file the rep picked, turned
 * into text or refused with a reason — before any of it is parsed, so a huge, binary or
 * mis-encoded file changes nothing and costs little.
 */

/** Bigger files are refused before they are read: 16 MB of CSV is ~100,000 rich rows. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export type FileText = { ok: true; text: string } | { ok: false; issue: Message };

const refuse = (key: Message['key'], params?: Message['params']): FileText => ({
  ok: false,
  issue: { key, ...(params ? { params } : {}) },
});

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Text files hold no NUL and few other C0 controls; binaries hold plenty. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) controls++;
  }
  return controls > sample.length / 100;
}

/**
 * Decodes a file: UTF-8 (with or without BOM), UTF-16 with its BOM, and — when the bytes
 * are not valid UTF-8 — Windows-1252, which is what Excel in Spanish saves as "CSV".
 * UTF-32 and anything that decodes to control characters is refused.
 */
export function readFileText(bytes: Uint8Array, size = bytes.byteLength): FileText {
  if (size > MAX_FILE_BYTES) return refuse('data.file.tooBig', { max: 16 });
  if (size === 0) return refuse('data.file.empty');
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return refuse('data.file.encoding');
  }
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (looksBinary(text)) return refuse('data.file.binary');
  if (text.trim() === '') return refuse('data.file.empty');
  return { ok: true, text };
}
