import { afterAll, describe, expect, it } from 'vitest';
import { inertWindow } from '../../../scripts/lib/parse-html';
import { pageScope } from './page-scope';
import { pageAssets } from './tech-detect';
import { matchTechnologies } from './tech-match';

const PAGE = new URL('https://www.talleresbidasoa.es/');
const window = inertWindow(PAGE.href);
const document = window.document as unknown as Document;
afterAll(() => window.happyDOM.abort());

function detect(head: string): string[] {
  document.documentElement.innerHTML = `<head>${head}</head><body></body>`;
  return matchTechnologies(pageAssets(pageScope(document), PAGE));
}
const inline = (code: string) => `<script>${code}</script>`;

/** Loader snippets as sites paste them: the script is injected at run time, never in the markup. */
describe('technologies loaded by a snippet were missed', () => {
  it.each([
    [
      'Google Analytics (classic ga.js queue)',
      inline(
        "var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-2001741-1']); _gaq.push(['_trackPageview']);",
      ),
    ],
    [
      'Google Analytics (ssl. host)',
      '<script async src="https://ssl.google-analytics.com/ga.js"></script>',
    ],
    [
      'Google Analytics (gtag.js injected by a snippet)',
      inline(
        "var s=document.createElement('script');s.src='https://www.googletagmanager.com/gtag/js?id=G-4XK2PQ7Z1B';document.head.appendChild(s);",
      ),
    ],
    [
      'Meta Pixel',
      inline(
        "!function(f,b,e,v,n,t,s){t=b.createElement(e);t.async=!0;t.src=v}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');",
      ),
    ],
    [
      'LinkedIn Insight Tag',
      inline(
        "var b=document.createElement('script');b.src='https://snap.licdn.com/li.lms-analytics/insight.min.js';",
      ),
    ],
    [
      'Zendesk',
      inline(
        "var z=document.createElement('script');z.id='ze-snippet';z.src='https://static.zdassets.com/ekr/snippet.js?key=4c1e';",
      ),
    ],
    [
      'Segment',
      inline(
        'var analytics=window.analytics=window.analytics||[];analytics.factory=function(t){return function(){}};',
      ),
    ],
  ])('%s', (label, head) => {
    const name = label.replace(/ \(.*\)$/, '');
    expect(detect(head)).toContain(name);
  });
});
