import { useSyncExternalStore } from 'react';

/** Below this width the list shows cards instead of columns (theme.css agrees). */
const QUERY = '(max-width: 720px)';

/** Whether the page is phone-narrow (a side panel, a small window): live with resizes. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (change) => {
      const media = matchMedia(QUERY);
      media.addEventListener('change', change);
      return () => media.removeEventListener('change', change);
    },
    () => matchMedia(QUERY).matches,
  );
}
