/* global indexedDB */
// The prospects page's first step, before its modules load: Chromium opens an origin's
// IndexedDB store from disk on first use (0.4–0.6 s measured at 100,000 prospects), and
// once it is open, Dexie's own open a moment later is quick. A classic script in the
// page's head runs while the modules are still being fetched. It never creates the
// database: on a first run the creation is aborted and left to Dexie's schema.
(() => {
  const request = indexedDB.open('criba');
  request.onupgradeneeded = () => request.transaction.abort();
  request.onsuccess = () => request.result.close();
  request.onerror = (event) => event.preventDefault();
})();
