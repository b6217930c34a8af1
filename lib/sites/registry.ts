/**
 * The sites Criba reads, each said once: the hosts its reader is declared for, the wider
 * domain it also serves on demand, and the reader's built file. The manifest
 * (wxt.config.ts), the background's routing (lib/messaging/tab-reading.ts) and the
 * detectors (lib/sites/<site>/detect.ts) all ask here. Readers bundle it too, so it
 * imports nothing.
 */
export type SiteId = 'linkedin' | 'gmail' | 'website';

export interface Site {
  id: SiteId;
  /** Required host permission; the manifest runs the reader there on every page. */
  declaredHosts: readonly string[];
  /** The domain whose other hosts the reader serves when injected (es.linkedin.com). */
  domain: string | null;
  /** The reader's built file, from entrypoints/<id>-reader.ts. */
  reader: string;
}

const SITE: Readonly<Record<SiteId, Site>> = {
  linkedin: {
    id: 'linkedin',
    declaredHosts: ['www.linkedin.com'],
    domain: 'linkedin.com',
    reader: 'linkedin-reader.js',
  },
  gmail: {
    id: 'gmail',
    declaredHosts: ['mail.google.com'],
    domain: null,
    reader: 'gmail-reader.js',
  },
  website: { id: 'website', declaredHosts: [], domain: null, reader: 'website-reader.js' },
};

/** In order: specific sites first; the website reader takes every host no other site claims. */
export const SITES: readonly Site[] = [SITE.linkedin, SITE.gmail, SITE.website];

const normalHost = (host: string) => host.toLowerCase().replace(/\.$/, '');

function claims(site: Site, host: string): boolean {
  if (site.declaredHosts.includes(host)) return true;
  return !!site.domain && (host === site.domain || host.endsWith(`.${site.domain}`));
}

/** The site whose reader serves a host; any host no other site claims is a company website. */
export function siteOfHost(rawHost: string): SiteId {
  const host = normalHost(rawHost);
  return SITES.find((site) => claims(site, host))?.id ?? 'website';
}

/** True where the manifest declares a reader (and so holds required host permission). */
export function isDeclaredHost(rawHost: string): boolean {
  const host = normalHost(rawHost);
  return SITES.some((site) => site.declaredHosts.includes(host));
}

/** The path `scripting.executeScript` takes for a site's reader. */
export function readerPath(id: SiteId): string {
  return `/${SITE[id].reader}`;
}

const hostPattern = (host: string) => `https://${host}/*`;

/** The manifest's `host_permissions`: the declared hosts, https only. */
export function requiredHostPermissions(): string[] {
  return SITES.flatMap((site) => site.declaredHosts.map(hostPattern));
}

/**
 * The manifest's `content_scripts`. The readers are plain scripts declared here rather
 * than WXT content scripts: WXT's wrapper would add the polyfill and break the 30 kB budget.
 */
export function declaredContentScripts(): { matches: string[]; js: string[]; run_at: string }[] {
  return SITES.filter((site) => site.declaredHosts.length > 0).map((site) => ({
    matches: site.declaredHosts.map(hostPattern),
    js: [site.reader],
    run_at: 'document_idle',
  }));
}
