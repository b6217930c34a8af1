/**
 * Text read from pages, imports or the rep can carry characters that change how the text
 * around them looks without being visible themselves. Before such text is shown or exported:
 *
 * - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed: a
 *   U+202E makes "gnp.exe" display as "exe.png" and runs on into whatever follows the value
 *   (the source label, the next CSV cell as a spreadsheet draws it). Directional marks
 *   (U+200E, U+200F, U+061C) stay: they only nudge neutral characters, and names in Arabic
 *   or Hebrew script may rely on them. The UI also isolates every value (`<bdi>`), so the
 *   direction of a right-to-left name never spills into the label beside it;
 * - NUL and the other C0 controls but tab and line breaks are removed: they are never
 *   content, and NUL truncates the cell in several CSV readers.
 *
 * Zero-width joiners stay: emoji and several scripts need them, and they cannot reorder text.
 */
const INVISIBLE_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

export function inertText(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}
