import { finalizeCapture } from '../finalize';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import type { CaptureInput } from '../../model/capture';
import { findSignal } from '../../model/find-signal';
import { companyFacts } from '../facts';
import { extractCompany } from './company';

const DIR = join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'linkedin');
const NOW = new Date('2026-11-20T10:00:00Z');
const open: (() => void)[] = [];

afterEach(() => {
  while (open.length) open.pop()?.();
});

function load(name: string, url: string, edit?: (doc: Document) => void): CaptureInput {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  return read(html, url, edit);
}

function read(html: string, url: string, edit?: (doc: Document) => void): CaptureInput {
  const { document, close } = parseHtml(html, url);
  open.push(close);
  edit?.(document);
  return extractCompany(document, new URL(url), NOW);
}

function value(capture: CaptureInput, field: string): unknown {
  return findSignal(capture.signals, 'company', field)?.value ?? null;
}

/** Company facts as the panel sees them: after finalizeCapture (country, domain, role). */
const facts = (capture: CaptureInput) => companyFacts(finalizeCapture(capture, new Date()));

const remove = (selector: string) => (doc: Document) =>
  doc.querySelectorAll(selector).forEach((el) => el.remove());

const OVERVIEW = 'https://www.linkedin.com/company/tecnoserra-ingenieria/';

describe('extractCompany', () => {
  it('classifies top-card info items by content, whatever their order', () => {
    const c = load('linkedin-company-2024-overview', OVERVIEW, remove('code'));
    expect(facts(c)).toMatchObject({
      name: 'Tecnoserra Ingeniería',
      industry: 'Automation Machinery Manufacturing',
      employeesMin: 51,
      employeesMax: 200,
      location: 'Zaragoza, Aragón',
      country: 'ES',
      founded: null,
    });
    // The "Visit website" link, without its campaign tags.
    expect(value(c, 'website')).toBe('https://www.tecnoserra.es/');
    expect(value(c, 'description')).toMatch(/^Tecnoserra Ingeniería diseña/);
  });

  it('takes specialties from the trusted first-render block, else from the visible list', () => {
    const own = load('linkedin-company-2024-overview', OVERVIEW);
    expect(value(own, 'specialties')).toEqual([
      'Automatización industrial',
      'Visión artificial',
      'Robótica colaborativa',
      'Mantenimiento predictivo',
    ]);
    // This page also carries a stale block for the previously viewed company.
    const es = load(
      'linkedin-company-about-es-ui',
      'https://www.linkedin.com/company/ceramicas-levante-norte/about/',
    );
    expect(value(es, 'specialties')).toEqual([
      'Porcelánico técnico',
      'Revestimientos de fachada',
      'Exportación',
      'Diseño cerámico',
    ]);
    expect(JSON.stringify(es.signals)).not.toContain('Brightwater');
  });

  it('reports a stale page (the previous company still on screen) as no_signals', () => {
    const c = load(
      'linkedin-company-about-en',
      'https://www.linkedin.com/company/ceramicas-levante-norte/about/',
    );
    expect(c.status).toBe('no_signals');
    expect(c.signals).toEqual([]);
    expect(c.notes).toContain('stale-page');
  });

  it('never reads the member count as the size', () => {
    const about = load(
      'linkedin-company-about-en',
      'https://www.linkedin.com/company/brightwater-analytics/about/',
      (doc) => {
        doc.querySelector('dd.mb1')?.remove();
        remove('.org-top-card-summary-info-list')(doc);
      },
    );
    expect(value(about, 'employeesMin')).toBeNull();
    // JSON-LD numberOfEmployees (412) counts members too.
    const out = load(
      'linkedin-company-logged-out-json-ld',
      'https://www.linkedin.com/company/northpeak-logistics',
      remove('[data-test-id="about-us__size"]'),
    );
    expect(value(out, 'employeesMin')).toBeNull();
    expect(value(out, 'employeesMax')).toBeNull();
  });

  it('skips social profiles in JSON-LD sameAs when looking for the website', () => {
    const c = load(
      'linkedin-company-logged-out-es',
      'https://es.linkedin.com/company/grupo-horticola-segura',
      (doc) => {
        remove('[data-test-id="about-us__website"]')(doc);
        const ld = doc.querySelector('script[type="application/ld+json"]');
        if (ld)
          ld.textContent = (ld.textContent ?? '').replace(
            '"https://www.grupohorticolasegura.es",',
            '',
          );
      },
    );
    expect(value(c, 'website')).toBeNull();
    expect(value(c, 'country')).toBe('ES');
  });

  it('resolves a numeric company URL to the name slug the page states', () => {
    const url = 'https://www.linkedin.com/company/71930456/';
    expect(value(load('linkedin-company-numeric-id', url, remove('code')), 'linkedinUrl')).toBe(
      'https://www.linkedin.com/company/meridia-energia/',
    );
    const bare = load('linkedin-company-numeric-id', url, remove('code, nav'));
    expect(value(bare, 'linkedinUrl')).toBe('https://www.linkedin.com/company/71930456/');
    expect(value(bare, 'employeesMin')).toBe(10001);
    expect(value(bare, 'employeesMax')).toBeNull();
  });

  it('unwraps LinkedIn redirect links', () => {
    const html = `<html><head><title>Demo | LinkedIn</title></head><body><main>
      <h1 class="top-card-layout__title">Ferralla Demo</h1>
      <section data-test-id="about-us"><dl><div data-test-id="about-us__website"><dt>Website</dt>
      <dd><a href="https://www.linkedin.com/safety/go?url=https%3A%2F%2Fferralla-demo.example%2F%3Futm_source%3Dli&amp;trk=x">ferralla-demo.example</a></dd></div></dl></section>
      </main></body></html>`;
    const c = read(html, 'https://www.linkedin.com/company/ferralla-demo');
    expect(value(c, 'website')).toBe('https://ferralla-demo.example/');
  });

  it('treats the Spanish login wall as no_signals', () => {
    const html = `<html><head><title>LinkedIn: Inicia sesión o regístrate</title></head>
      <body><main><h1>Te damos la bienvenida a tu comunidad profesional</h1></main></body></html>`;
    const c = read(html, 'https://es.linkedin.com/company/ferralla-demo');
    expect(c).toMatchObject({ status: 'no_signals', signals: [] });
  });

  it('recognises the guest homepage by its sign-in form even under another title', () => {
    const c = load(
      'linkedin-company-login-wall',
      'https://www.linkedin.com/company/ceramicas-levante-norte/',
      (doc) => {
        doc.title = 'LinkedIn';
        remove('meta[name="pageKey"]')(doc);
      },
    );
    expect(c).toMatchObject({ status: 'no_signals', signals: [] });
  });

  it('reports layout_changed for a company URL without anchors, and never throws', () => {
    const c = read('<html><body><div>Nothing here</div></body></html>', OVERVIEW);
    expect(c.status).toBe('layout_changed');
    expect(c.signals.map((s) => s.field)).toEqual(['linkedinUrl']);
    expect(() => read('', 'https://www.linkedin.com/company/')).not.toThrow();
  });

  it('never leaks a side-list company into any fixture', () => {
    const side =
      /Aceros del Cierzo|Quanta|Harbourline|Itsaso|Solaria|GHS Export|Frutas del Campo|Azulejos|Tecnoserra Visión|1961|Steel/;
    const fixtures = readdirSync(DIR).filter((f) => /^linkedin-company-.*\.html$/.test(f));
    expect(fixtures.length).toBeGreaterThanOrEqual(9);
    for (const file of fixtures) {
      const name = file.replace(/\.html$/, '');
      const { url } = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as {
        url: string;
      };
      const c = load(name, url);
      const leaked = c.signals.filter((s) => side.test(JSON.stringify(s.value)));
      expect(leaked, name).toEqual([]);
    }
  });
});
