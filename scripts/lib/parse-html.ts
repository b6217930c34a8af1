import { Window } from 'happy-dom';

/**
 * A happy-dom window that only parses: scripts, styles, frames and navigation switched
 * off — what a reader sees, nothing it could run. Tests that parse many documents reuse
 * one (a new window per document would dominate their time).
 */
export function inertWindow(url: string): Window {
  return new Window({
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
}

/** Parses a saved page into a Document at its real URL, in Node, without running it. */
export function parseHtml(html: string, url: string): { document: Document; close: () => void } {
  const window = inertWindow(url);
  window.document.write(html);
  const document = window.document as unknown as Document;
  return { document, close: () => void window.happyDOM.abort() };
}
