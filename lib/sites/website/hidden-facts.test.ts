import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { companyFacts } from '../facts';
import { finalizeCapture } from '../finalize';
import { readPage } from '../index';

const NOW = new Date('2026-11-20T10:00:00Z');
const URL_ = 'https://www.talleresbidasoa.es/empresa';

/** One fact per way of hiding it; `wrap` decides whether each is shown or hidden. */
function page(wrap: (hiding: string, html: string) => string): string {
  return `<html><head><title>Empresa | Talleres Bidasoa</title></head><body><main>
    <h1>Talleres Bidasoa</h1><p>Mecanizado de precisión para la industria.</p>
    ${wrap('style="display:none"', '<p>Fundada en 1987.</p>')}
    ${wrap('hidden', '<p>Somos un equipo de 120 empleados.</p>')}
    ${wrap('style="visibility: hidden"', '<p><a href="mailto:ventas@talleresbidasoa.es">ventas@talleresbidasoa.es</a></p>')}
    ${wrap('style="position:absolute; left:-9999px"', '<p><a href="https://www.linkedin.com/company/otra-empresa-demo/">LinkedIn</a></p>')}
    </main><footer>
    ${wrap('style="opacity:0"', '<p><a href="tel:+34943000123">943 000 123</a></p>')}
    ${wrap('style="height:0;overflow:hidden"', '<address>Polígono Araso 12, 20305 Irun, Gipuzkoa, España</address>')}
    </footer></body></html>`;
}

function read(html: string) {
  const { document, close } = parseHtml(html, URL_);
  try {
    return companyFacts(finalizeCapture(readPage(document, new URL(URL_), NOW), NOW));
  } finally {
    close();
  }
}

describe('hidden text was read as fact', () => {
  it('reads the planted facts when they are shown (the control)', () => {
    const c = read(page((_, html) => html));
    expect(c?.founded).toBe(1987);
    expect(c?.employeesMin).not.toBeNull();
    expect(c?.email).toBe('ventas@talleresbidasoa.es');
    expect(c?.linkedinUrl).toBe('https://www.linkedin.com/company/otra-empresa-demo/');
    expect(c?.phone).not.toBeNull();
    expect(c?.country).toBe('ES');
  });

  it('reads none of them when each is hidden', () => {
    const c = read(page((hiding, html) => `<div ${hiding}>${html}</div>`));
    expect(c?.name).toBe('Talleres Bidasoa');
    expect(c).toMatchObject({
      founded: null,
      employeesMin: null,
      email: null,
      linkedinUrl: null,
      phone: null,
      location: null,
    });
  });
});
