import { CaptureSchema, type Capture } from '../model/capture';
import { findSignal as find } from '../model/find-signal';
import { SignalSchema, type Signal } from '../model/signal';
import { SURFACES, CAPTURE_STATUSES } from '../model/vocab';
import { companyDomain, isFreeMailDomain, registrableDomain } from '../identity/domain';
import { classifyTitle } from '../identity/title';
import { countryCode, countryFromLocation } from '../identity/country';
import { countryFromHost, countryFromPhone } from '../identity/country-hints';
import { matchTechnologies, readPageAssets } from './website/tech-match';
import { interpretPageText, readPageText } from './website/text-interpret';

/**
 * Turns what a reader sent (untrusted: it crossed a message boundary) into a valid
 * Capture: each signal is checked on its own and dropped if malformed, and the company
 * domain is derived with the Public Suffix List — work kept out of the content scripts
 * so they stay small. Never throws.
 */
export function finalizeCapture(raw: unknown, now: Date = new Date()): Capture {
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const surface = SURFACES.includes(obj.surface as never)
    ? (obj.surface as Capture['surface'])
    : 'unknown';
  const url = typeof obj.url === 'string' ? obj.url.slice(0, 4096) : '';
  const capturedAt =
    typeof obj.capturedAt === 'string' && !Number.isNaN(Date.parse(obj.capturedAt))
      ? new Date(obj.capturedAt).toISOString()
      : now.toISOString();
  const rawSignals = Array.isArray(obj.signals) ? obj.signals.slice(0, 500) : [];
  const notes = Array.isArray(obj.notes)
    ? obj.notes
        .filter((n): n is string => typeof n === 'string')
        .map((n) => n.slice(0, 200))
        .slice(0, 50)
    : [];

  const signals: Signal[] = [];
  let dropped = 0;
  for (const s of rawSignals) {
    const parsed = SignalSchema.safeParse(s);
    if (parsed.success) signals.push(parsed.data);
    else dropped++;
  }
  if (dropped) notes.push(`dropped-invalid-signals:${dropped}`);

  deriveTech(signals, obj.pageAssets, surface, url, capturedAt);
  const pageText = readPageText(obj.pageText);
  if (pageText) interpretPageText(signals, pageText, new Date(capturedAt));
  deriveDomain(signals);
  deriveRole(signals);
  deriveCountry(signals);

  let status = CAPTURE_STATUSES.includes(obj.status as never)
    ? (obj.status as Capture['status'])
    : 'no_signals';
  if (status === 'ok' && signals.length === 0) status = 'no_signals';

  const sentences =
    surface === 'gmail-thread' && Array.isArray(obj.sentences)
      ? obj.sentences
          .filter((x): x is string => typeof x === 'string' && x.trim() !== '')
          .map((x) => x.slice(0, 300))
          .slice(0, 40)
      : undefined;
  const result = CaptureSchema.safeParse({
    surface,
    status,
    url,
    capturedAt,
    signals,
    notes: notes.slice(0, 50),
    ...(sentences?.length ? { sentences } : {}),
  });
  if (result.success) return result.data;
  return {
    surface,
    status: 'no_signals',
    url,
    capturedAt,
    signals: [],
    notes: ['invalid-capture'],
  };
}

/** Company domain: stated, else from the website, else from the company or person email. */
function deriveDomain(signals: Signal[]): void {
  const stated = find(signals, 'company', 'domain');
  if (stated) {
    const d = typeof stated.value === 'string' ? registrableDomain(stated.value) : null;
    const idx = signals.indexOf(stated);
    if (!d || isFreeMailDomain(d)) signals.splice(idx, 1);
    else signals[idx] = { ...stated, value: d };
    if (d && !isFreeMailDomain(d)) return;
  }
  const candidates = [
    find(signals, 'company', 'website'),
    find(signals, 'person', 'companyWebsite'),
    find(signals, 'company', 'email'),
    find(signals, 'person', 'email'),
  ];
  for (const c of candidates) {
    if (!c || typeof c.value !== 'string') continue;
    const d = companyDomain(c.value);
    if (d) {
      signals.push({
        ...c,
        entity: 'company',
        field: 'domain',
        value: d,
        confidence: Math.min(c.confidence, 0.9),
      });
      return;
    }
  }
}

/** Seniority and department from the person's title (EN/ES rules), unless a reader gave them. */
function deriveRole(signals: Signal[]): void {
  const title = find(signals, 'person', 'title');
  if (!title || typeof title.value !== 'string') return;
  const { seniority, department } = classifyTitle(title.value);
  const derived = { ...title, confidence: Math.min(title.confidence, 0.7) };
  if (seniority && !find(signals, 'person', 'seniority'))
    signals.push({ ...derived, field: 'seniority', value: seniority });
  if (department && !find(signals, 'person', 'department'))
    signals.push({ ...derived, field: 'department', value: department });
}

/**
 * The company's country as ISO-2: a stated country ("Spain", "España", "ES") is
 * normalised (and dropped when it names no known country); else it is read from the
 * last part of the location ("…, Comunidad de Madrid" → ES) when that is unambiguous.
 */
function deriveCountry(signals: Signal[]): void {
  const stated = find(signals, 'company', 'country');
  if (stated) {
    const iso = typeof stated.value === 'string' ? countryCode(stated.value) : null;
    const idx = signals.indexOf(stated);
    if (iso) {
      signals[idx] = { ...stated, value: iso };
      return;
    }
    signals.splice(idx, 1);
  }
  // Then, in order of trust: the location, the phone's prefix, the website's domain.
  const hints: [Signal | undefined, (v: string) => string | null, number][] = [
    [find(signals, 'company', 'location'), countryFromLocation, 0.7],
    [find(signals, 'company', 'phone'), countryFromPhone, 0.6],
    [find(signals, 'company', 'website'), websiteCountry, 0.5],
  ];
  for (const [from, derive, confidence] of hints) {
    const iso = typeof from?.value === 'string' ? derive(from.value) : null;
    if (!from || !iso) continue;
    const derived = { ...from, field: 'country', value: iso };
    signals.push({ ...derived, confidence: Math.min(from.confidence, confidence) });
    return;
  }
}

function websiteCountry(website: string): string | null {
  try {
    return countryFromHost(new URL(website).hostname);
  } catch {
    return null;
  }
}

/** Technologies from the page evidence a website reader sent (then the evidence is dropped). */
function deriveTech(
  signals: Signal[],
  raw: unknown,
  surface: Capture['surface'],
  url: string,
  capturedAt: string,
): void {
  const assets = readPageAssets(raw);
  if (!assets || find(signals, 'company', 'tech')) return;
  const tech = matchTechnologies(assets);
  if (tech.length === 0) return;
  signals.push({
    entity: 'company',
    field: 'tech',
    value: tech.slice(0, 200),
    source: { surface, url, method: 'dom', capturedAt },
    confidence: 0.9,
  });
}
