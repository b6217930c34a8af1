import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeclaredHost } from '../../lib/sites/registry';

/**
 * The origins of the authored fixture pages that no required host permission covers (the
 * company websites, es.linkedin.com's logged-out pages). The end-to-end build holds them
 * because Playwright cannot answer Chromium's permission prompt; wxt.config.ts adds them
 * only when CRIBA_E2E=1.
 */
export function fixtureHostPermissions(root = 'tests/fixtures'): string[] {
  const hosts = new Set<string>();
  for (const site of ['website', 'linkedin']) {
    const dir = join(root, site);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.expected.json'))) {
      const { url } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { url: string };
      const { origin, hostname } = new URL(url);
      if (!isDeclaredHost(hostname)) hosts.add(`${origin}/*`);
    }
  }
  return [...hosts].sort();
}
