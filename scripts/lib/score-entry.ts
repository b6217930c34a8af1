/** What `npm run bench` injects into a Chromium page to time scoring where it ships. */
export { benchScore } from './score-workload';
