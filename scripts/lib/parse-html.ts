import { Window } from 'happy-dom';

/**
 * Parses a saved page into a Document at its real URL, in Node, with scripts, styles,
 * frames and network switched off: what a reader sees, nothing it could run.
 */
export function parseHtml(html: string, url: string): { document: Document; close: () => void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  window.document.write(html);
  const document = window.document as unknown as Document;
  return { document, close: () => void window.happyDOM.abort() };
}
