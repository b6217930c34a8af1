import { startFirstReading } from './first-reading';

/** `?tabId=N` pins the panel to one tab (the panel opened as a tab, as tests do). */
const param = Number(new URLSearchParams(location.search).get('tabId'));
const pinned = Number.isInteger(param) && param > 0 ? param : null;

// The page is read while React and the rest load: the reading is most of the wait for
// the first facts, and it needs none of that code (docs/ARCHITECTURE.md, side panel).
startFirstReading(pinned);
void import('./boot').then(({ boot }) => boot(pinned));
