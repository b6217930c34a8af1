/**
 * `npm run --silent signals -- --url <URL> <file.html>`: runs the extension's own readers
 * (lib/sites) on a saved page in Node and prints one JSON object (the contract in
 * lib/sites/facts.ts `signalsReport`). Exit 0 for any readable page; a missing file, a
 * file over MAX_HTML_BYTES or a bad URL exits 1 with a one-line message on stderr.
 */
import { readFileSync, statSync } from 'node:fs';
import { finalizeCapture, readPage, signalsReport } from '../lib/sites';
import { boundHtml } from './lib/bound-html';
import { parseHtml } from './lib/parse-html';

/**
 * A saved LinkedIn or Gmail page is 1–5 MB with its inline data; 16 MB leaves room for a
 * heavy website while keeping a wrong file (a video, a dump) from being parsed into a DOM.
 */
const MAX_HTML_BYTES = 16 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`signals: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
let url: string | null = null;
let file: string | null = null;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--url') url = args[++i] ?? null;
  else if (a.startsWith('--url=')) url = a.slice(6);
  else if (a === '--help' || a === '-h') {
    process.stdout.write('usage: npm run --silent signals -- --url <URL> <file.html>\n');
    process.exit(0);
  } else if (a.startsWith('--')) fail(`unknown option ${a}`);
  else file = a;
}
if (!url) fail('missing --url <URL> (the address the page was saved from)');
if (!file) fail('missing <file.html>');

let parsed: URL;
try {
  parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error();
} catch {
  fail(`bad URL: ${url}`);
}

let html: string;
try {
  const { size } = statSync(file);
  if (size > MAX_HTML_BYTES)
    fail(`${file} is ${size} bytes; the limit is ${MAX_HTML_BYTES} bytes (16 MB)`);
  html = readFileSync(file, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'error'})`);
}

const { document, close } = parseHtml(boundHtml(html), parsed.href);
const now = new Date();
const capture = finalizeCapture(readPage(document, parsed, now), now);
close();
process.stdout.write(`${JSON.stringify(signalsReport(capture), null, 2)}\n`);
