/**
 * Hostile strings for every displayed and exported field: markup and event handlers,
 * script URLs, bidi overrides and isolates, zero-width characters, NUL and other
 * controls, lone surrogates, formula starts (ASCII and full-width), and very long values.
 * Each payload that could run sets `window.__pwned`, so a test can tell it never ran.
 * Deterministic: the same list every run.
 */

const PWN = 'window.__pwned=1';

/** Payloads that would run or navigate if a value ever reached the DOM as markup or a URL. */
export const ACTIVE_PAYLOADS: readonly string[] = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `<svg onload="${PWN}">`,
  `<svg><script>${PWN}</script></svg>`,
  `<iframe src="javascript:${PWN}"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>">`,
  `<a href="javascript:${PWN}">x</a>`,
  `<body onload="${PWN}">`,
  `<details open ontoggle="${PWN}">`,
  `<input autofocus onfocus="${PWN}">`,
  `<video><source onerror="${PWN}"></video>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${PWN}">`,
  `<object data="javascript:${PWN}">`,
  `<embed src="data:text/html,<script>${PWN}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">`,
  `<style>@import 'javascript:${PWN}';</style>`,
  `<form action="javascript:${PWN}"><button>x</button></form>`,
  `"><script>${PWN}</script>`,
  `'><img src=x onerror=${PWN}>`,
  `</textarea><script>${PWN}</script>`,
  `</title><script>${PWN}</script>`,
  `{{constructor.constructor('${PWN}')()}}`,
  `\${${PWN}}`,
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}`,
  ` javascript:${PWN}`,
  `java\tscript:${PWN}`,
  `java\nscript:${PWN}`,
  `javascript&colon;${PWN}`,
  `&#106;avascript:${PWN}`,
  `vbscript:msgbox(1)`,
  `data:text/html,<script>${PWN}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`,
  `data:image/svg+xml,<svg onload="${PWN}">`,
  `blob:https://www.linkedin.com/0000`,
  `file:///etc/passwd`,
  `chrome://settings`,
  `//evil.example.test/path`,
  `https://www.linkedin.com@evil.example.test/in/x`,
  `https://evil.example.test/"onmouseover="${PWN}`,
  `=HYPERLINK("http://evil.example.test","clic")`,
  `=cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `+1+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `＝HYPERLINK("http://evil.example.test")`,
  `＋1+1`,
  `－1+1`,
  `＠SUM(A1)`,
  `\t=1+1`,
  `\r=1+1`,
  `"; DROP TABLE prospects; --`,
  `__proto__`,
  `constructor`,
  `toString`,
];

/** Characters that change how text around them looks or is cut, without being visible. */
const INVISIBLE: readonly string[] = [
  '\u202A', // LRE
  '\u202B', // RLE
  '\u202C', // PDF
  '\u202D', // LRO
  '\u202E', // RLO
  '\u2066', // LRI
  '\u2067', // RLI
  '\u2068', // FSI
  '\u2069', // PDI
  '\u200B', // zero-width space
  '\u200C', // ZWNJ
  '\u200D', // ZWJ
  '\uFEFF', // BOM
  '\u0000', // NUL
  '\u0007',
  '\u001B',
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
];

/** Plain values that hostile characters are mixed into (invented names only). */
const CARRIERS: readonly string[] = [
  'Ainhoa Zubiri',
  'Txantxangorri Software',
  'gnp.exe',
  'Directora de Operaciones',
  '+34 943 631 245',
];

/** A long unbroken word: no break opportunity for the browser, the worst case for layout. */
export const LONG_UNBROKEN = 'X'.repeat(4000);
/** A 100 kB name with spaces, as a hostile page could set. */
export const HUNDRED_KB = 'Ainhoa '.repeat(Math.ceil(100_000 / 7)).slice(0, 100_000);

function build(): string[] {
  const out = new Set<string>(ACTIVE_PAYLOADS);
  for (const ch of INVISIBLE) {
    for (const carrier of CARRIERS) {
      out.add(`${ch}${carrier}`);
      out.add(`${carrier.slice(0, 3)}${ch}${carrier.slice(3)}`);
      out.add(`${carrier}${ch}`);
    }
    for (const payload of ACTIVE_PAYLOADS.slice(0, 12)) out.add(`${ch}${payload}`);
  }
  for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'])
    for (const carrier of CARRIERS) out.add(`${start}${carrier}`);
  out.add('\u202Egnp.exe');
  out.add('Ainhoa \u202Eevil\u202C Zubiri');
  out.add('\u2067\u202E'.repeat(50));
  out.add('👩‍💼👨‍👩‍👧'); // legitimate ZWJ sequences
  out.add('عائشة الحربي'); // right-to-left script
  out.add('\u0000'.repeat(64));
  out.add(LONG_UNBROKEN);
  out.add(HUNDRED_KB);
  out.add(`${'<b>'.repeat(2000)}x`);
  return [...out];
}

export const HOSTILE_STRINGS: readonly string[] = build();
