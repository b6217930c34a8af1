import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { gmailAdapter } from './extract';
import { readSignature } from './signature';
import { looksLikeTitle } from './signature-lines';

const BASE = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKMTNLbRsvWHPmCPZbJkH');
const window = new Window({ url: BASE.href, settings: { disableJavaScriptEvaluation: true } });
const document = window.document as unknown as Document;
afterAll(() => window.happyDOM.abort());

function body(html: string): Element {
  document.documentElement.innerHTML = `<body><div class="a3s aiL">${html}</div></body>`;
  return document.querySelector('div.a3s') as Element;
}

const irene = { name: 'Irene Castañeda', email: 'irene.castaneda@vinedosaltamira.es' };

describe('readSignature', () => {
  it('reads the marked signature, never the one quoted from an earlier message', () => {
    const sig = readSignature(
      body(
        `Gracias.<div class="gmail_signature">Irene Castañeda<br>Directora de Operaciones<br>www.vinedosaltamira.es</div>` +
          `<div class="gmail_quote"><blockquote><div class="gmail_signature">Marta Solé<br>Account Executive<br><a href="https://nubalia.io">nubalia.io</a><br>+34 930 118 245</div></blockquote></div>`,
      ),
      irene,
      BASE,
    );
    expect(sig).toMatchObject({
      title: 'Directora de Operaciones',
      website: 'https://www.vinedosaltamira.es/',
      phone: null,
    });
  });

  it('takes an unmarked signature from after the sign-off only', () => {
    const sig = readSignature(
      body(
        'Hola Marta,<br>Somos el Head of Sales team y necesitamos 2 licencias.<br>Llamadme al 941 555 218 si hace falta.<br>Un saludo,<br>Irene Castañeda<br>Viñedos Altamira S.L.<br>M: 622 418 903',
      ),
      irene,
      BASE,
    );
    expect(sig).toMatchObject({
      title: null,
      company: 'Viñedos Altamira S.L.',
      phone: '622 418 903',
    });
  });

  it('reads no signature from a body with neither sign-off nor the sender’s name', () => {
    const sig = readSignature(
      body(
        'Hola Marta,<br>Sales numbers attached<br>Head of Sales approval pending<br>www.vinedosaltamira.es/precios',
      ),
      irene,
      BASE,
    );
    expect(sig).toEqual({
      title: null,
      company: null,
      phone: null,
      website: null,
      personLinkedin: null,
      companyLinkedin: null,
    });
  });

  it('skips links that are not the company site and unwraps Gmail redirects', () => {
    const sig = readSignature(
      body(
        `<div class="gmail_signature">Irene<br><a href="https://aka.ms/AAb9ysg">Outlook para Android</a><br>` +
          `<a href="https://calendly.com/irene/30min">Reserva una reunión</a><br>` +
          `<a href="https://www.google.com/url?q=https://www.vinedosaltamira.es/tienda&amp;source=gmail">Tienda</a><br>` +
          `<a href="https://www.linkedin.com/company/Vinedos-Altamira/">LinkedIn</a></div>`,
      ),
      irene,
      BASE,
    );
    expect(sig.website).toBe('https://www.vinedosaltamira.es/');
    expect(sig.companyLinkedin).toBe('https://www.linkedin.com/company/vinedos-altamira/');
  });

  it('does not take a company name the domain does not confirm', () => {
    const sig = readSignature(
      body('<div class="gmail_signature">Irene<br>Altamira<br>Haro</div>'),
      irene,
      BASE,
    );
    expect(sig.company).toBeNull();
  });
});

describe('looksLikeTitle', () => {
  it.each([
    ['Directora de Operaciones', true],
    ['Head of Procurement', true],
    ['Co-founder & CEO', true],
    ['Responsable de Compras', true],
    ['Geschäftsführer', true],
    ['We need the sales figures by Friday.', false],
    ['Tel. +34 941 555 218', false],
    ['www.vinedosaltamira.es', false],
    ['Viñedos Altamira S.L.', false],
    ['¿Podéis enviarme la propuesta del director?', false],
  ])('%s → %s', (line, expected) => {
    expect(looksLikeTitle(line)).toBe(expected);
  });
});

describe('gmailAdapter.extract', () => {
  it('ignores a thread left hidden in the DOM after returning to the list', () => {
    document.documentElement.innerHTML =
      '<head><title>Inbox (2) - marta.sole@nubalia.io - Nubalia Mail</title></head><body>' +
      '<div style="display: none"><h2 class="hP">Old thread</h2><div class="adn ads" data-message-id="#msg-f:1">' +
      '<h3 class="iw"><span class="gD" email="irene.castaneda@vinedosaltamira.es" name="Irene">Irene</span></h3></div></div>' +
      '<table><tr class="zA"><td><span class="zF" email="a@b.es" name="A">A</span></td></tr></table></body>';
    const capture = gmailAdapter.extract(
      document,
      new URL('https://mail.google.com/mail/u/0/#inbox'),
    );
    expect(capture.surface).toBe('gmail-list');
    expect(capture.signals).toEqual([]);
  });

  it('finds the rep from the account label when the title has no address', () => {
    document.documentElement.innerHTML =
      '<head><title>Gmail</title></head><body>' +
      '<a aria-label="Google Account: Marta Solé (marta.sole@nubalia.io)" href="#"></a><h2 class="hP">Demo</h2>' +
      '<div class="adn ads" data-message-id="#msg-f:1"><h3 class="iw"><span class="gD" email="irene.castaneda@vinedosaltamira.es" name="Irene">Irene</span></h3></div>' +
      '<div class="adn ads" data-message-id="#msg-f:2"><h3 class="iw"><span class="gD" email="marta.sole@nubalia.io" name="Marta Solé">Marta</span></h3></div></body>';
    const capture = gmailAdapter.extract(document, BASE);
    const email = capture.signals?.find((s) => s.entity === 'person' && s.field === 'email');
    expect(email?.value).toBe('irene.castaneda@vinedosaltamira.es');
  });
});

describe('free-mail senders', () => {
  const ramon = { name: 'Ramón Ezquerra', email: 'ramon.ezquerra@hotmail.es' };
  const company = (html: string, sender = ramon) => readSignature(body(html), sender, BASE).company;

  it('take the business their signature names: a trade name, a legal form', () => {
    expect(
      company(
        'Hola,<br>¿Tenéis tarifa para autónomos?<br>Un saludo<br>Ramón Ezquerra<br>Instalaciones eléctricas Ezquerra<br>Tel. 654 321 987',
      ),
    ).toBe('Instalaciones eléctricas Ezquerra');
    expect(
      company('Thanks,<br>Dan Reid<br>Reid &amp; Sons Ltd<br>07700 900123', {
        name: 'Dan Reid',
        email: 'danreid@gmail.com',
      }),
    ).toBe('Reid & Sons Ltd');
  });

  it('are self-employed under their own name when the signature gives a tax id', () => {
    expect(
      company('Un saludo<br>Ramón Ezquerra<br>NIF: 16.123.456-Z<br>Calle Mayor 3, Lasarte'),
    ).toBe('Ramón Ezquerra');
  });

  it('take a business display name', () => {
    expect(
      company('Un saludo', { name: 'Reformas Ezquerra', email: 'reformas.ezquerra@gmail.com' }),
    ).toBe('Reformas Ezquerra');
  });

  it('stay personal when nothing points to a business', () => {
    expect(company('Un saludo<br>Ramón Ezquerra<br>654 321 987<br>Enviado desde mi iPhone')).toBe(
      null,
    );
    expect(company('Cheers,<br>Jamie<br>Sent from Outlook for Android')).toBe(null);
  });
});
