import { pinnedTabOf } from './first-reading';

// The first reading and the language setting were asked for by the page's first script
// (entrypoints/panel-start.ts); the React tree's chunks are preloaded by the page.
const pinned = pinnedTabOf(location.search);
void import('./boot').then(({ boot }) => boot(pinned));
