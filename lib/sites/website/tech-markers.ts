/**
 * Markup only a platform itself writes, checked in the page (selectors need a DOM; the
 * extension's service worker has none). Rules in tech-rules.ts name these by id.
 */
export const TECH_MARKERS = {
  calendly: '.calendly-inline-widget[data-url]',
  typeform: '[data-tf-widget], [data-tf-popup], [data-tf-live]',
  'magento-init': 'script[type="text/x-magento-init"]',
  'drupal-settings': 'script[data-drupal-selector="drupal-settings-json"]',
  webflow: 'html[data-wf-site], html[data-wf-page]',
} as const;
export type TechMarker = keyof typeof TECH_MARKERS;

/** The markers present among the candidate elements. */
export function pageMarkers(marked: readonly Element[]): TechMarker[] {
  const found: TechMarker[] = [];
  const candidates = marked.slice(0, 300);
  for (const [id, selector] of Object.entries(TECH_MARKERS) as [TechMarker, string][]) {
    const hit = candidates.some((el) => {
      try {
        return el.matches(selector);
      } catch {
        // A selector a DOM implementation does not support must not stop the reader.
        return false;
      }
    });
    if (hit) found.push(id);
  }
  return found;
}
